#include "signins/SignInStore.h"

#include "signins/SignInBatch.h"
#include "signins/SignInJson.h"
#include "signins/SignInPageParser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMutexLocker>

#include <vector>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

Error malformed(const QString& message, const QString& detail)
{
    return Error::make(Error::Category::MalformedResponse, message, detail, u"signIns"_s);
}

std::uint8_t interactiveByte(std::optional<bool> value)
{
    return value ? (*value ? 2 : 1) : 0;
}

} // namespace

SignInAppendStats& SignInAppendStats::operator+=(const SignInAppendStats& other)
{
    appended += other.appended;
    duplicates += other.duplicates;
    withoutId += other.withoutId;
    withoutTime += other.withoutTime;
    if (!other.nextLink.isEmpty())
        nextLink = other.nextLink;
    return *this;
}

QDateTime SignInRow::createdDateTime() const
{
    return createdMs ? QDateTime::fromMSecsSinceEpoch(*createdMs, Qt::UTC) : QDateTime();
}

SignInStore::SignInStore()
{
    m_clientAppKinds.push_back(ClientApp::Missing); // index 0: the empty string
}

Result<SignInAppendStats> SignInStore::appendGraphResponse(const QByteArray& body)
{
    // Parsed straight from the bytes (about five times as fast as through QJsonDocument for real signIn objects),
    // outside the lock; strings without escapes are interned from the body's bytes, not decoded first.
    const Result<SignInPageFields> page = parseSignInPageFields(body);
    if (!page.ok())
        return page.error();
    SignInBatch batch;
    batch.reserve(page.value().events.size());
    for (const SignInFields& event : page.value().events)
        batch.add(event);
    SignInAppendStats stats;
    {
        QMutexLocker lock(&m_writeMutex);
        stats = commit(batch);
    }
    stats.nextLink = page.value().nextLink;
    return stats;
}

Result<SignInAppendStats> SignInStore::appendGraphPage(const QJsonArray& value)
{
    std::vector<SignInRecord> records;
    records.reserve(static_cast<std::size_t>(value.size()));
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QJsonValue element = value.at(i);
        if (!element.isObject())
            return malformed(QCoreApplication::translate("SignInStore",
                                                         "The sign-in log page contains an entry that is not "
                                                         "a sign-in object."),
                             u"value["_s + QString::number(i) + u"] is not an object"_s);
        records.push_back(signInFromGraphJson(element.toObject()));
    }
    return append(std::span<const SignInRecord>(records));
}

SignInAppendStats SignInStore::append(std::span<const SignInRecord> records)
{
    // Hashing happens before taking the lock, like parsing: only interning and column writes serialise.
    SignInBatch batch;
    batch.reserve(records.size());
    for (const SignInRecord& record : records)
        batch.add(record);
    QMutexLocker lock(&m_writeMutex);
    return commit(batch);
}

SignInAppendStats SignInStore::commit(const SignInBatch& batch)
{
    using enum SignInColumn;
    SignInAppendStats stats;
    for (const PreparedSignIn& p : batch.events()) {
        const auto row = static_cast<std::uint32_t>(rowCount());
        if (m_idIndex.findOrInsert(p.id, row, m_ids)) {
            ++stats.duplicates;
            continue;
        }
        m_ids.push_back(p.id);
        m_created.push_back(p.hasCreated ? p.createdMs : kNoTime);
        m_user.push_back(p.key(User).internInto(m_users));
        m_userId.push_back(p.key(UserId).internInto(m_userIds));
        m_app.push_back(p.key(App).internInto(m_apps));
        const std::uint32_t clientAppIndex = p.key(ClientAppUsed).internInto(m_clientApps);
        if (clientAppIndex == m_clientAppKinds.size())
            m_clientAppKinds.push_back(clientapp::fromString(m_clientApps.at(clientAppIndex)));
        m_clientApp.push_back(clientAppIndex);
        m_ip.push_back(p.key(Ip).internInto(m_ips));
        m_city.push_back(p.key(City).internInto(m_cities));
        m_country.push_back(p.key(Country).internInto(m_countries));
        m_errorCode.push_back(p.errorCode ? static_cast<std::int32_t>(*p.errorCode) : kNoErrorCode);
        m_failureReason.push_back(p.key(FailureReason).internInto(m_failureReasons));
        m_userAgent.push_back(p.key(UserAgent).internInto(m_userAgents));
        m_os.push_back(p.key(OperatingSystem).internInto(m_operatingSystems));
        m_browser.push_back(p.key(Browser).internInto(m_browsers));
        const AuthKind kind =
            p.authKind != AuthKind::Unknown
                ? p.authKind
                : signinenum::deriveAuthKind(m_clientAppKinds[clientAppIndex], p.authProtocol, p.passwordStepSeen);
        m_flags.push_back({interactiveByte(p.isInteractive), static_cast<std::uint8_t>(p.conditionalAccessStatus),
                           static_cast<std::uint8_t>(p.authProtocol), static_cast<std::uint8_t>(kind)});
        ++stats.appended;
        stats.withoutId += p.withoutId ? 1 : 0;
        stats.withoutTime += p.hasCreated ? 0 : 1;
    }
    m_published.store(rowCount(), std::memory_order_release);
    return stats;
}

SignInAppendStats SignInStore::merge(const SignInStore& other)
{
    if (&other == this)
        return {};
    // Rebuild records from the other store's columns; strings are implicitly shared, so this copies no text.
    const qsizetype count = other.size();
    std::vector<SignInRecord> records;
    records.reserve(static_cast<std::size_t>(count));
    std::vector<SignInIdHash> ids;
    ids.reserve(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const SignInRow r = other.row(i);
        SignInRecord rec;
        rec.hasCreated = r.createdMs.has_value();
        rec.createdMs = r.createdMs.value_or(0);
        rec.userPrincipalName = r.userPrincipalName;
        rec.userId = r.userId;
        rec.appDisplayName = r.appDisplayName;
        rec.clientAppUsed = r.clientAppUsed;
        rec.ipAddress = r.ipAddress;
        rec.city = r.city;
        rec.countryOrRegion = r.countryOrRegion;
        rec.errorCode = r.errorCode;
        rec.failureReason = r.failureReason;
        rec.isInteractive = r.isInteractive;
        rec.conditionalAccessStatus = r.conditionalAccessStatus;
        rec.authProtocol = r.authProtocol;
        rec.authKind = r.authKind;
        rec.userAgent = r.userAgent;
        rec.operatingSystem = r.operatingSystem;
        rec.browser = r.browser;
        records.push_back(std::move(rec));
        ids.push_back(other.m_ids[static_cast<std::size_t>(i)]);
    }
    SignInBatch batch;
    batch.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
        batch.add(records[i], ids[i]);
    QMutexLocker lock(&m_writeMutex);
    return commit(batch);
}

void SignInStore::reserve(qsizetype events)
{
    QMutexLocker lock(&m_writeMutex);
    const auto n = static_cast<std::size_t>(events);
    m_idIndex.reserve(n, m_ids);
    m_ids.reserve(n);
    m_created.reserve(n);
    for (auto* column : {&m_user, &m_userId, &m_app, &m_clientApp, &m_ip, &m_city, &m_country, &m_failureReason,
                         &m_userAgent, &m_os, &m_browser})
        column->reserve(n);
    m_errorCode.reserve(n);
    m_flags.reserve(n);
}

bool SignInStore::containsId(QStringView id) const
{
    QMutexLocker lock(&m_writeMutex);
    return m_idIndex.find(SignInIdHash::fromId(id.trimmed()), m_ids).has_value();
}

std::optional<int> SignInStore::errorCode(std::size_t i) const
{
    const std::int32_t code = m_errorCode[i];
    return code == kNoErrorCode ? std::nullopt : std::optional<int>(code);
}

SignInRow SignInStore::row(qsizetype index) const
{
    const auto i = static_cast<std::size_t>(index);
    SignInRow r;
    if (hasCreated(i))
        r.createdMs = m_created[i];
    r.userPrincipalName = m_users.at(m_user[i]);
    r.userId = m_userIds.at(m_userId[i]);
    r.appDisplayName = m_apps.at(m_app[i]);
    r.clientAppUsed = m_clientApps.at(m_clientApp[i]);
    r.clientApp = clientApp(i);
    r.ipAddress = m_ips.at(m_ip[i]);
    r.city = m_cities.at(m_city[i]);
    r.countryOrRegion = m_countries.at(m_country[i]);
    r.errorCode = errorCode(i);
    r.failureReason = m_failureReasons.at(m_failureReason[i]);
    const Flags flags = m_flags[i];
    if (flags.interactive != 0)
        r.isInteractive = flags.interactive == 2;
    r.conditionalAccessStatus = static_cast<ConditionalAccessStatus>(flags.caStatus);
    r.authProtocol = static_cast<AuthProtocol>(flags.authProtocol);
    r.authKind = static_cast<AuthKind>(flags.authKind);
    r.userAgent = m_userAgents.at(m_userAgent[i]);
    r.operatingSystem = m_operatingSystems.at(m_os[i]);
    r.browser = m_browsers.at(m_browser[i]);
    return r;
}

QVariant SignInStore::value(qsizetype index, SignInField field) const
{
    const auto i = static_cast<std::size_t>(index);
    const Flags flags = m_flags[i];
    switch (field) {
    case SignInField::CreatedDateTime:
        return hasCreated(i) ? QVariant(QDateTime::fromMSecsSinceEpoch(m_created[i], Qt::UTC)) : QVariant();
    case SignInField::UserPrincipalName:
        return m_users.at(m_user[i]);
    case SignInField::UserId:
        return m_userIds.at(m_userId[i]);
    case SignInField::AppDisplayName:
        return m_apps.at(m_app[i]);
    case SignInField::ClientAppUsed:
        return m_clientApps.at(m_clientApp[i]);
    case SignInField::IpAddress:
        return m_ips.at(m_ip[i]);
    case SignInField::City:
        return m_cities.at(m_city[i]);
    case SignInField::CountryOrRegion:
        return m_countries.at(m_country[i]);
    case SignInField::ErrorCode:
        return m_errorCode[i] == kNoErrorCode ? QVariant() : QVariant(int(m_errorCode[i]));
    case SignInField::FailureReason:
        return m_failureReasons.at(m_failureReason[i]);
    case SignInField::IsInteractive:
        return flags.interactive == 0 ? QVariant() : QVariant(flags.interactive == 2);
    case SignInField::ConditionalAccessStatus:
        return signinenum::conditionalAccessStatusName(static_cast<ConditionalAccessStatus>(flags.caStatus));
    case SignInField::AuthenticationProtocol:
        return signinenum::authProtocolName(static_cast<AuthProtocol>(flags.authProtocol));
    case SignInField::AuthKind:
        return signinenum::authKindName(static_cast<AuthKind>(flags.authKind));
    case SignInField::UserAgent:
        return m_userAgents.at(m_userAgent[i]);
    case SignInField::OperatingSystem:
        return m_operatingSystems.at(m_os[i]);
    case SignInField::Browser:
        return m_browsers.at(m_browser[i]);
    }
    return {};
}

} // namespace smtpaudit
