#pragma once

#include "sample/data/SampleRandom.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace smtpaudit::sample {

// One sign-in event in 20 bytes: the large tenant holds about 2,000,000 of them, so every string is an
// index into a fixed table below and the time is 32 bits relative to the log's epoch. JSON is produced
// only when a page is served (GraphSignIns).
struct SignInRecord
{
    quint32 time = 0;     // seconds after SignInLog::epoch()
    quint32 user = 0;     // index into TenantModel::users
    quint32 ip = 0;       // IPv4 address, host byte order
    quint16 location = 0; // SignInLog::locations()
    quint8 clientApp = 0; // SignInLog::clientApps()
    quint8 app = 0;       // SignInLog::apps()
    quint8 status = 0;    // SignInLog::statuses()
    quint8 device = 0;    // SignInLog::devices()
    quint8 flags = 0;     // SignInRecord::Flag
    quint8 reserved = 0;

    enum Flag : quint8
    {
        MixedCaseUpn = 0x01, // the device typed the UPN with capitals (the log keeps what was typed)
        Spray = 0x02,        // part of a password-spray burst
    };
};
static_assert(sizeof(SignInRecord) == 20, "sign-in records must stay compact");

struct ClientAppInfo
{
    QString name; // clientAppUsed, exactly as Graph reports it
    bool legacy = false;
};

struct AppInfo
{
    QString appId;
    QString displayName;
    QString resourceId;
    QString resourceDisplayName;
};

struct StatusInfo
{
    int errorCode = 0;
    QString failureReason;
    QString additionalDetails; // empty = null
};

struct LocationInfo
{
    QString city;
    QString state;
    QString countryOrRegion;
    double latitude = 0;
    double longitude = 0;
};

struct DeviceInfo
{
    QString operatingSystem;
    QString browser;
};

class SignInLog
{
public:
    // Indices into clientApps(); the names follow microsoft-apis.md section 3 (CIPP's working filters).
    enum ClientApp : quint8
    {
        Browser,
        MobileAppsAndDesktopClients,
        AuthenticatedSmtp,
        ExchangeActiveSync,
        Imap4,
        Pop3,
        OtherClients,
        ExchangeWebServices,
        MapiOverHttp,
        OutlookAnywhere,
        AutoDiscover,
        ExchangeOnlinePowerShell,
        OfflineAddressBook,
        ReportingWebServices,
        OutlookService,
    };
    enum App : quint8
    {
        ExchangeOnline,
        OfficeHome,
        MicrosoftTeams,
        MicrosoftOffice,
        OutlookMobile,
        AzurePortal,
        ExchangePowerShell,
        SharePointOnline,
    };
    enum Status : quint8
    {
        Success,
        InvalidPassword,  // 50126
        AccountLocked,    // 50053
        AccountDisabled,  // 50057
        BlockedByCa,      // 53003
        MfaRequired,      // 50076
        StrongAuthNeeded, // 50074
        KmsiInterrupt,    // 50140
        MfaDenied,        // 500121
        PasswordExpired,  // 50055
    };
    enum Device : quint8
    {
        NoDevice, // legacy protocols report an empty deviceDetail
        WindowsEdge,
        WindowsChrome,
        MacSafari,
        IosSafari,
        AndroidChrome,
        IosOutlook,
        LinuxFirefox,
    };

    static const std::vector<ClientAppInfo>& clientApps();
    static const std::vector<AppInfo>& apps();
    static const std::vector<StatusInfo>& statuses();
    static const std::vector<LocationInfo>& locations();
    static const std::vector<DeviceInfo>& devices();
    // Index of a clientAppUsed value (case-insensitive), -1 when Graph would never report it.
    static int clientAppIndex(const QString& name);

    void reset(qint64 epoch, quint64 idSalt);
    qint64 epoch() const { return m_epoch; }
    qint64 timeOf(const SignInRecord& record) const { return m_epoch + record.time; }

    void append(const SignInRecord& record) { m_records.push_back(record); }
    void reserve(std::size_t count) { m_records.reserve(count); }
    // Sorts oldest first (stable, so equal times keep generation order) and indexes each user's last
    // sign-ins for signInActivity.
    void finish(std::size_t userCount);

    const std::vector<SignInRecord>& records() const { return m_records; }
    std::size_t size() const { return m_records.size(); }
    const SignInRecord& at(std::size_t position) const { return m_records[position]; }

    // Stable identifiers derived from the position in the sorted log; nothing stored.
    QString idAt(std::size_t position) const;
    QString correlationIdAt(std::size_t position) const;
    GuidText idTextAt(std::size_t position) const;
    GuidText correlationIdTextAt(std::size_t position) const;

    static constexpr quint32 None = 0xffffffffu;
    quint32 lastSignInOf(int user) const { return m_lastSignIn.empty() ? None : m_lastSignIn[user]; }
    quint32 lastSuccessOf(int user) const { return m_lastSuccess.empty() ? None : m_lastSuccess[user]; }

    // First position whose time is >= t / > t (records are sorted by time).
    std::size_t lowerBound(qint64 secondsSinceEpoch) const;
    std::size_t upperBound(qint64 secondsSinceEpoch) const;

    static QString ipToString(quint32 ip);
    std::size_t memoryBytes() const;

private:
    qint64 m_epoch = 0;
    quint64 m_idSalt = 0;
    std::vector<SignInRecord> m_records;
    std::vector<quint32> m_lastSignIn;
    std::vector<quint32> m_lastSuccess;
};

} // namespace smtpaudit::sample
