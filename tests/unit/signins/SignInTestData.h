#pragma once

// Hand-made sign-ins for the sign-in store tests: small, readable, with known answers.

#include "signins/SignInJson.h"
#include "signins/SignInStore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace smtpaudit::test {

struct SignInSpec
{
    QString id;
    QString created; // ISO-8601, e.g. "2026-11-20T10:00:00Z"
    QString upn;
    QString clientApp = QStringLiteral("Authenticated SMTP");
    std::optional<int> errorCode = 0;
    QString ip = QStringLiteral("203.0.113.10");
    QString country = QStringLiteral("DE");
    AuthKind authKind = AuthKind::Unknown;
};

inline SignInRecord record(const SignInSpec& spec)
{
    SignInRecord r;
    r.id = spec.id;
    if (const auto t = parseGraphDateTime(spec.created)) {
        r.createdMs = *t;
        r.hasCreated = true;
    }
    r.userPrincipalName = spec.upn;
    r.clientAppUsed = spec.clientApp;
    r.errorCode = spec.errorCode;
    r.ipAddress = spec.ip;
    r.countryOrRegion = spec.country;
    r.authKind = spec.authKind;
    return r;
}

inline std::vector<SignInRecord> records(std::initializer_list<SignInSpec> specs)
{
    std::vector<SignInRecord> out;
    for (const SignInSpec& s : specs)
        out.push_back(record(s));
    return out;
}

// A Graph signIn object as the API returns it (v1.0 field names; beta extras optional).
inline QJsonObject graphSignIn(const QString& id, const QString& created, const QString& upn, const QString& clientApp,
                               int errorCode, const QString& ip)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdDateTime"), created},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("clientAppUsed"), clientApp},
        {QStringLiteral("ipAddress"), ip},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("errorCode"), errorCode}}},
    };
}

inline QByteArray readTestFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The twelve events the view and aggregation tests compute their expectations from by hand.
// "now" for them is 2026-11-26T12:00:00Z; the 30-day window starts at 2026-10-27T12:00:00Z.
inline QDateTime fixtureNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
}

inline void fillFixture(SignInStore& store)
{
    const QString smtp = QStringLiteral("Authenticated SMTP");
    std::vector<SignInRecord> events = records({
        {QStringLiteral("e1"), QStringLiteral("2026-11-20T08:00:00Z"), QStringLiteral("printer@contoso.com"), smtp, 0,
         QStringLiteral("203.0.113.10"), QStringLiteral("DE"), AuthKind::Basic},
        {QStringLiteral("e2"), QStringLiteral("2026-11-20T09:00:00Z"), QStringLiteral("Printer@Contoso.com"),
         QStringLiteral("authenticated smtp"), 0, QStringLiteral("203.0.113.11"), QStringLiteral("DE"),
         AuthKind::OAuth},
        {QStringLiteral("e3"), QStringLiteral("2026-11-21T10:00:00Z"), QStringLiteral("printer@contoso.com"), smtp,
         50126, QStringLiteral("198.51.100.5"), QStringLiteral("FR")},
        {QStringLiteral("e4"), QStringLiteral("2026-11-22T10:00:00Z"), QStringLiteral("scanner@contoso.com"), smtp,
         50057, QStringLiteral("203.0.113.10"), QStringLiteral("DE")},
        {QStringLiteral("e5"), QStringLiteral("2026-11-22T11:00:00Z"), QStringLiteral("alice@contoso.com"),
         QStringLiteral("Browser"), 0, QStringLiteral("203.0.113.10"), QStringLiteral("DE")},
        {QStringLiteral("e6"), QStringLiteral("2026-11-22T12:00:00Z"), QStringLiteral("alice@contoso.com"),
         QStringLiteral("IMAP4"), 50126, QStringLiteral("198.51.100.5"), QStringLiteral("FR")},
        {QStringLiteral("e7"), QStringLiteral("2026-10-01T10:00:00Z"), QStringLiteral("printer@contoso.com"), smtp, 0,
         QStringLiteral("192.0.2.1"), QStringLiteral("US")},
        {QStringLiteral("e8"), QStringLiteral("2026-11-24T10:00:00Z"), QStringLiteral("bob@contoso.com"),
         QStringLiteral("Exchange ActiveSync"), 53003, QStringLiteral("192.0.2.1"), QStringLiteral("US")},
        {QStringLiteral("e9"), QStringLiteral("2026-11-24T11:00:00Z"), QStringLiteral("bob@contoso.com"), smtp,
         std::nullopt, QString(), QString()},
        {QStringLiteral("e10"), QStringLiteral("2026-11-26T12:00:00Z"), QStringLiteral("printer@contoso.com"), smtp, 0,
         QStringLiteral("203.0.113.10"), QStringLiteral("DE")},
        {QStringLiteral("e11"), QStringLiteral("2026-10-27T12:00:00Z"), QStringLiteral("printer@contoso.com"), smtp,
         50126, QStringLiteral("192.0.2.9"), QStringLiteral("US")},
        {QStringLiteral("e12"), QStringLiteral("2026-10-27T11:59:59Z"), QStringLiteral("printer@contoso.com"), smtp, 0,
         QStringLiteral("192.0.2.8"), QStringLiteral("US")},
    });
    store.append(events);
}

} // namespace smtpaudit::test
