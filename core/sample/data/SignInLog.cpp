#include "sample/data/SignInLog.h"

#include "sample/data/SampleRandom.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

const std::vector<ClientAppInfo>& SignInLog::clientApps()
{
    // Order matches enum ClientApp. Strings: microsoft-apis.md section 3 ("Exact strings used in working
    // $filters"); "Mobile Apps and Desktop clients" and "Browser" are the modern values.
    static const std::vector<ClientAppInfo> table{
        {u"Browser"_s, false},
        {u"Mobile Apps and Desktop clients"_s, false},
        {u"Authenticated SMTP"_s, true},
        {u"Exchange ActiveSync"_s, true},
        {u"IMAP4"_s, true},
        {u"POP3"_s, true},
        {u"Other clients"_s, true},
        {u"Exchange Web Services"_s, true},
        {u"MAPI Over HTTP"_s, true},
        {u"Outlook Anywhere (RPC over HTTP)"_s, true},
        {u"AutoDiscover"_s, true},
        {u"Exchange Online PowerShell"_s, true},
        {u"Offline Address Book"_s, true},
        {u"Reporting Web Services"_s, true},
        {u"Outlook Service"_s, true},
    };
    return table;
}

const std::vector<AppInfo>& SignInLog::apps()
{
    // Microsoft first-party application ids as they appear in sign-in logs.
    static const QString graph = u"00000003-0000-0000-c000-000000000000"_s;
    static const QString exchange = u"00000002-0000-0ff1-ce00-000000000000"_s;
    static const std::vector<AppInfo> table{
        {exchange, u"Office 365 Exchange Online"_s, exchange, u"Office 365 Exchange Online"_s},
        {u"4765445b-32c6-49b0-83e6-1d93765276ca"_s, u"OfficeHome"_s, graph, u"Microsoft Graph"_s},
        {u"1fec8e78-bce4-4aaf-ab1b-5451cc387264"_s, u"Microsoft Teams"_s, u"cc15fd57-2c6c-4117-a88c-83b1d56b4bbe"_s,
         u"Microsoft Teams Services"_s},
        {u"d3590ed6-52b3-4102-aeff-aad2292ab01c"_s, u"Microsoft Office"_s, graph, u"Microsoft Graph"_s},
        {u"27922004-5251-4030-b22d-91ecd9a37ea4"_s, u"Outlook Mobile"_s, exchange, u"Office 365 Exchange Online"_s},
        {u"c44b4083-3bb0-49c1-b47d-974e53cbdf3c"_s, u"Azure Portal"_s, u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s,
         u"Windows Azure Service Management API"_s},
        {u"fb78d390-0c51-40cd-8e17-fdbfab77341b"_s, u"Microsoft Exchange REST API Based Powershell"_s, exchange,
         u"Office 365 Exchange Online"_s},
        {u"00000003-0000-0ff1-ce00-000000000000"_s, u"Office 365 SharePoint Online"_s,
         u"00000003-0000-0ff1-ce00-000000000000"_s, u"Office 365 SharePoint Online"_s},
    };
    return table;
}

const std::vector<StatusInfo>& SignInLog::statuses()
{
    // Order matches enum Status; reasons paraphrase the Entra ID AADSTS error descriptions.
    static const std::vector<StatusInfo> table{
        {0, u"Other."_s, {}},
        {50126, u"Error validating credentials due to invalid username or password."_s, {}},
        {50053,
         u"Account is locked because user tried to sign in too many times with an incorrect user ID or password."_s,
         {}},
        {50057, u"User account is disabled. The account has been disabled by an administrator."_s, {}},
        {53003,
         u"Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."_s,
         {}},
        {50076,
         u"Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access."_s,
         u"MFA required in Azure AD"_s},
        {50074, u"Strong Authentication is required."_s, u"MFA required in Azure AD"_s},
        {50140, u"This error occurred due to 'Keep me signed in' interrupt when the user was signing in."_s, {}},
        {500121, u"Authentication failed during strong authentication request."_s,
         u"MFA denied; user declined the authentication"_s},
        {50055, u"The password is expired."_s, {}},
    };
    return table;
}

const std::vector<LocationInfo>& SignInLog::locations()
{
    static const std::vector<LocationInfo> table{
        {u"Berlin"_s, u"Berlin"_s, u"DE"_s, 52.52, 13.405},
        {u"München"_s, u"Bayern"_s, u"DE"_s, 48.137, 11.575},
        {u"Hamburg"_s, u"Hamburg"_s, u"DE"_s, 53.551, 9.993},
        {u"Wien"_s, u"Wien"_s, u"AT"_s, 48.208, 16.373},
        {u"Zürich"_s, u"Zürich"_s, u"CH"_s, 47.376, 8.541},
        {u"London"_s, u"England"_s, u"GB"_s, 51.507, -0.128},
        {u"Paris"_s, u"Île-de-France"_s, u"FR"_s, 48.857, 2.352},
        {u"Kraków"_s, u"Małopolskie"_s, u"PL"_s, 50.065, 19.945},
        {u"New York"_s, u"New York"_s, u"US"_s, 40.713, -74.006},
        {u"Seattle"_s, u"Washington"_s, u"US"_s, 47.606, -122.332},
        {u"Tokyo"_s, u"Tokyo"_s, u"JP"_s, 35.676, 139.65},
        {u"Shanghai"_s, u"Shanghai"_s, u"CN"_s, 31.23, 121.474},
        {u"Tel Aviv"_s, u"Tel Aviv"_s, u"IL"_s, 32.085, 34.782},
        {u"Dubai"_s, u"Dubai"_s, u"AE"_s, 25.205, 55.271},
        {u"Cairo"_s, u"Cairo"_s, u"EG"_s, 30.044, 31.236},
        {u"São Paulo"_s, u"São Paulo"_s, u"BR"_s, -23.551, -46.633},
        {u"Mumbai"_s, u"Maharashtra"_s, u"IN"_s, 19.076, 72.878},
        {u"Sydney"_s, u"New South Wales"_s, u"AU"_s, -33.869, 151.209},
        // Typical password-spray origins (kept at the end: the generator uses them for attackers).
        {u"Moscow"_s, u"Moscow"_s, u"RU"_s, 55.756, 37.617},
        {u"Lagos"_s, u"Lagos"_s, u"NG"_s, 6.524, 3.379},
        {u"Ho Chi Minh City"_s, u"Ho Chi Minh"_s, u"VN"_s, 10.823, 106.63},
        {u"Amsterdam"_s, u"Noord-Holland"_s, u"NL"_s, 52.368, 4.904},
    };
    return table;
}

const std::vector<DeviceInfo>& SignInLog::devices()
{
    static const std::vector<DeviceInfo> table{
        {{}, {}},
        {u"Windows10"_s, u"Edge 131.0.0"_s},
        {u"Windows10"_s, u"Chrome 131.0.0"_s},
        {u"MacOs"_s, u"Safari 18.1"_s},
        {u"Ios 18.1"_s, u"Mobile Safari 18.1"_s},
        {u"Android 15"_s, u"Chrome Mobile 131.0.0"_s},
        {u"Ios 18.1"_s, u"Outlook-iOS"_s},
        {u"Linux"_s, u"Firefox 133.0"_s},
    };
    return table;
}

int SignInLog::clientAppIndex(const QString& name)
{
    const auto& table = clientApps();
    for (std::size_t i = 0; i < table.size(); ++i)
        if (table[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

void SignInLog::reset(qint64 epoch, quint64 idSalt)
{
    m_epoch = epoch;
    m_idSalt = idSalt;
    m_records.clear();
    m_lastSignIn.clear();
    m_lastSuccess.clear();
}

void SignInLog::finish(std::size_t userCount)
{
    // Counting sort by second: stable (equal times keep generation order), linear, and it leaves the
    // records in an exactly sized vector.
    quint32 latest = 0;
    for (const SignInRecord& record : m_records)
        latest = std::max(latest, record.time);
    std::vector<quint32> starts(static_cast<std::size_t>(latest) + 2, 0);
    for (const SignInRecord& record : m_records)
        ++starts[record.time + 1];
    for (std::size_t t = 1; t < starts.size(); ++t)
        starts[t] += starts[t - 1];
    std::vector<SignInRecord> sorted(m_records.size());
    for (const SignInRecord& record : m_records)
        sorted[starts[record.time]++] = record;
    m_records = std::move(sorted);
    m_lastSignIn.assign(userCount, None);
    m_lastSuccess.assign(userCount, None);
    for (std::size_t position = 0; position < m_records.size(); ++position) {
        const SignInRecord& record = m_records[position];
        if (record.user >= userCount)
            continue;
        m_lastSignIn[record.user] = static_cast<quint32>(position);
        if (record.status == Success)
            m_lastSuccess[record.user] = static_cast<quint32>(position);
    }
}

GuidText SignInLog::idTextAt(std::size_t position) const
{
    const quint64 base = m_idSalt ^ (static_cast<quint64>(position) * 0x9e3779b97f4a7c15ULL);
    return guidTextFromBits(mix64(base), mix64(base + 1));
}

GuidText SignInLog::correlationIdTextAt(std::size_t position) const
{
    const quint64 base = ~m_idSalt ^ (static_cast<quint64>(position) * 0xc2b2ae3d27d4eb4fULL);
    return guidTextFromBits(mix64(base), mix64(base + 7));
}

QString SignInLog::idAt(std::size_t position) const
{
    return guidString(idTextAt(position));
}

QString SignInLog::correlationIdAt(std::size_t position) const
{
    return guidString(correlationIdTextAt(position));
}

std::size_t SignInLog::lowerBound(qint64 secondsSinceEpoch) const
{
    const qint64 relative = secondsSinceEpoch - m_epoch;
    if (relative <= 0)
        return 0;
    if (relative > 0xffffffffLL)
        return m_records.size();
    const auto it = std::lower_bound(m_records.begin(), m_records.end(), static_cast<quint32>(relative),
                                     [](const SignInRecord& r, quint32 t) { return r.time < t; });
    return static_cast<std::size_t>(it - m_records.begin());
}

std::size_t SignInLog::upperBound(qint64 secondsSinceEpoch) const
{
    const qint64 relative = secondsSinceEpoch - m_epoch;
    if (relative < 0)
        return 0;
    if (relative >= 0xffffffffLL)
        return m_records.size();
    const auto it = std::upper_bound(m_records.begin(), m_records.end(), static_cast<quint32>(relative),
                                     [](quint32 t, const SignInRecord& r) { return t < r.time; });
    return static_cast<std::size_t>(it - m_records.begin());
}

QString SignInLog::ipToString(quint32 ip)
{
    return QString::number(ip >> 24) + u'.' + QString::number((ip >> 16) & 0xff) + u'.' +
           QString::number((ip >> 8) & 0xff) + u'.' + QString::number(ip & 0xff);
}

std::size_t SignInLog::memoryBytes() const
{
    return m_records.capacity() * sizeof(SignInRecord) + (m_lastSignIn.capacity() + m_lastSuccess.capacity()) * 4;
}

} // namespace smtpaudit::sample
