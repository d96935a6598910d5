// Remediation commands must survive hostile tenant data: a quoted value is one literal, whatever it holds.
#include "audit/PowerShell.h"

#include "RuleTestSupport.h"

#include <QTest>

#include <cctype>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

bool isQuoteChar(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
}

// A small reader of PowerShell single-quoted literals as the PowerShell tokenizer reads them: returns the
// literal's value and where it ended, or -1 when it does not end.
qsizetype readLiteral(const QString& text, qsizetype start, QString* value)
{
    if (start >= text.size() || !isQuoteChar(text.at(start)))
        return -1;
    value->clear();
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (isQuoteChar(text.at(i))) {
            if (i + 1 < text.size() && isQuoteChar(text.at(i + 1))) {
                *value += text.at(i);
                ++i;
                continue;
            }
            return i;
        }
        *value += text.at(i);
    }
    return -1;
}

// Evaluates quote()'s output: a literal, or ('lit' + [char]0xNN + 'lit' ...). Fails on anything else.
std::optional<QString> evaluate(const QString& expression)
{
    QString result, value;
    if (!expression.startsWith(u'(')) {
        const qsizetype end = readLiteral(expression, 0, &value);
        if (end != expression.size() - 1)
            return std::nullopt;
        return value;
    }
    if (!expression.endsWith(u')'))
        return std::nullopt;
    qsizetype i = 1;
    while (i < expression.size() - 1) {
        if (expression.mid(i, 8) == u"[char]0x"_s) {
            qsizetype digits = 0;
            while (i + 8 + digits < expression.size() && isxdigit(expression.at(i + 8 + digits).toLatin1()))
                ++digits;
            bool ok = false;
            result += QChar(expression.mid(i + 8, digits).toUShort(&ok, 16));
            if (!ok || digits < 2 || digits > 4)
                return std::nullopt;
            i += 8 + digits;
        } else {
            const qsizetype end = readLiteral(expression, i, &value);
            if (end < 0)
                return std::nullopt;
            result += value;
            i = end + 1;
        }
        if (expression.mid(i, 3) == u" + "_s)
            i += 3;
        else if (i != expression.size() - 1)
            return std::nullopt;
    }
    return result;
}

} // namespace

class TestPowerShell : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"alice@contoso.com"_s << u"'alice@contoso.com'"_s;
        QTest::newRow("apostrophe") << u"o'brien@contoso.com"_s << u"'o''brien@contoso.com'"_s;
        QTest::newRow("typographic quotes")
            << u"a\u2018b\u2019c\u201Ad\u201Be"_s << u"'a\u2018\u2018b\u2019\u2019c\u201A\u201Ad\u201B\u201Be'"_s;
        QTest::newRow("subexpression stays literal")
            << u"$(Remove-Item C:\\ -Recurse)"_s << u"'$(Remove-Item C:\\ -Recurse)'"_s;
        QTest::newRow("double quotes and backticks") << u"\"`n$env:USERNAME"_s << u"'\"`n$env:USERNAME'"_s;
        QTest::newRow("breakout attempt")
            << u"x'; Remove-Mailbox ceo -Confirm:$false; '"_s << u"'x''; Remove-Mailbox ceo -Confirm:$false; '''"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"('a' + [char]0x0A + 'b')"_s;
        QTest::newRow("leading CR") << u"\rx"_s << u"('' + [char]0x0D + 'x')"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
    }
    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString quoted = powershell::quote(value);
        QCOMPARE(quoted, expected);
        const auto back = evaluate(quoted);
        QVERIFY2(back.has_value(), qPrintable(quoted));
        QCOMPARE(*back, value);
    }

    void fuzzedValuesAlwaysRoundTrip()
    {
        const QList<QChar> alphabet{u'a', u'\'', QChar(0x2019), QChar(0x201B), u'"', u'$',        u'`',         u'\n',
                                    u';', u'(',  u')',          u'|',          u' ', QChar(0x85), QChar(0x2028)};
        quint32 seed = 7;
        for (int round = 0; round < 2000; ++round) {
            QString value;
            const int length = int(seed % 12);
            for (int i = 0; i < length; ++i) {
                seed = seed * 1103515245u + 12345u;
                value += alphabet.at(qsizetype((seed >> 16) % quint32(alphabet.size())));
            }
            seed = seed * 1103515245u + 12345u;
            const auto back = evaluate(powershell::quote(value));
            QVERIFY2(back && *back == value, qPrintable(powershell::quote(value)));
        }
    }

    void forEachSwitchesToAPipeline()
    {
        const auto make = [](const QString& q) -> QString { return u"Set-CASMailbox -Identity "_s + q; };
        QCOMPARE(powershell::forEach({u"a"_s, u"b"_s}, make),
                 (QStringList{u"Set-CASMailbox -Identity 'a'"_s, u"Set-CASMailbox -Identity 'b'"_s}));
        const QStringList many{u"a"_s, u"b'c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s};
        QCOMPARE(powershell::forEach(many, make),
                 QStringList{u"@('a','b''c','d','e','f','g') | ForEach-Object { Set-CASMailbox -Identity $_ }"_s});
        QVERIFY(powershell::forEach({}, make).isEmpty());
    }

    // The rules pass hostile UPNs and names through quote(): the command still holds one literal each.
    void rulesQuoteHostileNames()
    {
        const QString hostile = u"x'; Remove-Mailbox -Identity ceo@contoso.com -Confirm:$false; '@contoso.com"_s;
        TenantSnapshot s = completeSnapshot();
        addUser(s, hostile);
        const Finding* idle = findingById(runRule(&Rules::bp02OnlyWhereNeeded, s), u"BP02-enabled-idle"_s);
        QVERIFY(idle);
        const QString command = idle->remediation.first();
        const QString prefix = u"Set-CASMailbox -Identity "_s;
        const QString suffix = u" -SmtpClientAuthenticationDisabled $true"_s;
        QVERIFY(command.startsWith(prefix) && command.endsWith(suffix));
        const auto identity = evaluate(command.mid(prefix.size(), command.size() - prefix.size() - suffix.size()));
        QVERIFY(identity.has_value());
        QCOMPARE(*identity, hostile);

        AuthenticationPolicy policy;
        policy.name = u"Evil\u2019; Set-TransportConfig -SmtpClientAuthenticationDisabled $false #"_s;
        policy.allowBasicAuthSmtp = true;
        s.authenticationPolicies << policy;
        const Finding* allowed = findingById(runRule(&Rules::bp09NoPlainTextAuth, s), u"BP09-basic-smtp-allowed"_s);
        QVERIFY(allowed);
        const QString set = allowed->remediation.first();
        const QString head = u"Set-AuthenticationPolicy -Identity "_s;
        const QString tail = u" -AllowBasicAuthSmtp:$false"_s;
        QVERIFY(set.startsWith(head) && set.endsWith(tail));
        QCOMPARE(evaluate(set.mid(head.size(), set.size() - head.size() - tail.size())),
                 std::optional<QString>(policy.name));
    }
};

QTEST_GUILESS_MAIN(TestPowerShell)
#include "TestPowerShell.moc"
