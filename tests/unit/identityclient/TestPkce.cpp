#include "identity/Pkce.h"
#include "identity/TokenClaims.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        // RFC 7636 appendix B: the verifier from 32 octets and its S256 challenge.
        // The 32 octets [116, 24, 223, 180, ...] of the appendix, in hex.
        const QByteArray octets =
            QByteArray::fromHex("7418dfb49799e0254ffa607dd8adbbba16d4254d69d6bff05b58055853848d79");
        const QByteArray verifier = Base64Url::encode(octets);
        QCOMPARE(verifier, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_ba);
        QCOMPARE(Pkce::challengeS256(verifier), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba);
    }

    void verifiersAreWellFormedAndUnique()
    {
        static const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]{43,128}$"_s);
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray verifier = Pkce::generateVerifier();
            QVERIFY2(unreserved.match(QString::fromLatin1(verifier)).hasMatch(), verifier.constData());
            seen.insert(verifier);
            QCOMPARE(Pkce::challengeS256(verifier).size(), 43);
        }
        QCOMPARE(seen.size(), 50);
        QVERIFY(Pkce::generateState() != Pkce::generateState());
        QVERIFY(Pkce::generateState().size() >= 22);
    }

    void base64UrlRoundTripAndRejectsGarbage()
    {
        const QByteArray bytes("\xfb\xff\x00\x01?>", 6);
        const QByteArray encoded = Base64Url::encode(bytes);
        QVERIFY(!encoded.contains('+') && !encoded.contains('/') && !encoded.contains('='));
        QCOMPARE(Base64Url::decode(encoded), std::optional(bytes));
        QCOMPARE(Base64Url::decode("not*base64"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
