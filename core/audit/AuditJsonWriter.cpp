#include "audit/AuditJson.h"
#include "audit/JsonText.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <QtConcurrent/QtConcurrentRun>

#include <array>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

QJsonValue optionalBool(const std::optional<bool>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(AuditJson::isoUtc(dateTime)) : QJsonValue(QJsonValue::Null);
}

QJsonValue nonEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray collectors(const TenantSnapshot& s, QJsonArray& errors)
{
    QJsonArray list;
    for (CollectorId id : allCollectors()) {
        const CollectorStatus status = s.status(id);
        list.append(QJsonObject{{u"name"_s, collectorName(id)},
                                {u"state"_s, collectorStateName(status.state)},
                                {u"required"_s, isRequiredCollector(id)},
                                {u"query"_s, nonEmpty(status.source.query)},
                                {u"fetchedAt"_s, time(status.source.fetchedAt)},
                                {u"itemCount"_s, qint64(status.itemCount)}});
        if (status.state == CollectorStatus::State::Failed && status.error)
            errors.append(QJsonObject{{u"collector"_s, collectorName(id)},
                                      {u"category"_s, status.error->categoryName()},
                                      {u"message"_s, status.error->message},
                                      {u"subject"_s, status.error->subject},
                                      {u"httpStatus"_s, status.error->httpStatus}});
    }
    return list;
}

QJsonObject settings(const TenantSnapshot& s)
{
    const OwnCredential& own = s.ownCredential;
    return QJsonObject{{u"signInDays"_s, s.signIns.window.days},
                       {u"signInFrom"_s, time(s.signIns.window.from)},
                       {u"signInTo"_s, time(s.signIns.window.to)},
                       {u"rotationPeriodDays"_s, s.rotationPeriodDays},
                       {u"declaredSendingRanges"_s, strings(s.declaredSendingRanges)},
                       {u"ownCredential"_s, QJsonObject{{u"kind"_s, ownCredentialKindName(own.kind)},
                                                        {u"appId"_s, own.appId},
                                                        {u"label"_s, own.label},
                                                        {u"expiresAt"_s, time(own.expiresAt)}}}};
}

QJsonObject organization(const TenantSnapshot& s)
{
    QJsonArray policies;
    for (const AuthenticationPolicy& p : s.authenticationPolicies)
        policies.append(QJsonObject{{u"name"_s, p.name},
                                    {u"id"_s, p.id},
                                    {u"allowBasicAuthSmtp"_s, p.allowBasicAuthSmtp},
                                    {u"otherBasicAuthAllowed"_s, strings(p.otherBasicAuthAllowed)}});
    const bool defaultKnown = s.isComplete(CollectorId::OrganizationConfig);
    return QJsonObject{
        {u"tenantId"_s, s.organization.tenantId},
        {u"displayName"_s, s.organization.displayName},
        {u"smtpClientAuthenticationDisabled"_s,
         optionalBool(s.isComplete(CollectorId::TransportConfig) ? s.organization.smtpClientAuthenticationDisabled
                                                                 : std::nullopt)},
        {u"securityDefaultsEnabled"_s,
         optionalBool(s.isComplete(CollectorId::SecurityDefaults) ? s.organization.securityDefaultsEnabled
                                                                  : std::nullopt)},
        {u"defaultAuthenticationPolicy"_s,
         defaultKnown ? nonEmpty(s.organization.defaultAuthenticationPolicy) : QJsonValue(QJsonValue::Null)},
        {u"authenticationPolicies"_s, policies}};
}

QJsonValue signIns(const TenantSnapshot& s)
{
    if (!s.isComplete(CollectorId::SignIns))
        return QJsonValue::Null;
    const SignInAggregates& t = s.signIns.tenant;
    QJsonArray perDay, apps, sprays;
    for (const DailySmtpCount& day : t.smtpPerDay)
        perDay.append(QJsonObject{
            {u"date"_s, day.date.toString(Qt::ISODate)}, {u"success"_s, day.success}, {u"failure"_s, day.failure}});
    for (const ClientAppCount& app : t.legacyClientApps)
        apps.append(QJsonObject{{u"clientAppUsed"_s, app.clientAppUsed}, {u"count"_s, app.count}});
    for (const PasswordSprayPattern& p : t.sprayPatterns)
        sprays.append(QJsonObject{{u"ipAddress"_s, p.ipAddress},
                                  {u"windowStart"_s, time(p.windowStart)},
                                  {u"windowEnd"_s, time(p.windowEnd)},
                                  {u"distinctUsers"_s, p.distinctUsers},
                                  {u"failures"_s, p.failures}});
    return QJsonObject{{u"eventsScanned"_s, t.eventsScanned},
                       {u"smtpSuccess"_s, t.smtpSuccess},
                       {u"smtpFailure"_s, t.smtpFailure},
                       {u"smtpBasicAuth"_s, t.smtpBasicAuth},
                       {u"smtpOAuth"_s, t.smtpOAuth},
                       {u"distinctSmtpUsers"_s, t.distinctSmtpUsers},
                       {u"distinctSmtpSourceIps"_s, t.distinctSmtpSourceIps},
                       {u"perDay"_s, perDay},
                       {u"legacyClientApps"_s, apps},
                       {u"sprayPatterns"_s, sprays}};
}

QJsonValue smtpTest(const TenantSnapshot& s)
{
    if (!s.transportProbe)
        return QJsonValue::Null;
    const SmtpTransportProbe& p = *s.transportProbe;
    return QJsonObject{{u"host"_s, p.host},
                       {u"port"_s, p.port},
                       {u"testedAt"_s, time(p.testedAt)},
                       {u"startTlsOffered"_s, p.startTlsOffered},
                       {u"tlsEstablished"_s, p.tlsEstablished},
                       {u"tlsProtocol"_s, p.tlsProtocol},
                       {u"certificateValid"_s, p.certificateValid},
                       {u"authOfferedBeforeTls"_s, p.authOfferedBeforeTls}};
}

// Interns the reason detail texts: a large tenant has a handful of distinct texts over hundreds of
// thousands of reasons (schema 2 writes each once, in reasonTexts[]).
class ReasonTexts
{
public:
    int indexOf(const QString& text)
    {
        const auto found = m_index.constFind(text);
        if (found != m_index.cend())
            return found.value();
        const int index = static_cast<int>(m_texts.size());
        m_index.insert(text, index);
        m_texts.append(text);
        return index;
    }
    QJsonArray toJson() const { return QJsonArray::fromStringList(m_texts); }
    const QStringList& list() const { return m_texts; }

private:
    QHash<QString, int> m_index;
    QStringList m_texts;
};

bool isDefault(const UserSignInUsage& u)
{
    return !u.smtpLastFailure.isValid() && u.smtpBasicAuth == 0 && u.smtpOAuth == 0 && u.smtpCountries.isEmpty() &&
           u.legacyOtherSignIns == 0 && u.legacyClientApps.isEmpty();
}

// mailboxDetails[i] belongs to mailboxes[i] (schema 2: by position, no repeated UPN).
QJsonObject mailboxDetails(const MailboxAssessment& row, ReasonTexts& texts)
{
    QJsonArray reasons;
    for (const SmtpAuthReason& reason : row.smtpAuth.reasons)
        reasons.append(texts.indexOf(reason.detail));
    QJsonObject details{{u"userId"_s, row.userId}, {u"reasonDetails"_s, reasons}};
    if (!row.authenticationPolicy.isEmpty())
        details.insert(u"authenticationPolicy"_s, row.authenticationPolicy);
    // Omitted when everything in it is zero or empty: the reader's defaults say the same.
    if (row.smtpSignIns && !isDefault(*row.smtpSignIns)) {
        const UserSignInUsage& u = *row.smtpSignIns;
        details.insert(u"smtpSignInsDetail"_s, QJsonObject{{u"lastFailure"_s, time(u.smtpLastFailure)},
                                                           {u"basicAuth"_s, u.smtpBasicAuth},
                                                           {u"oauth"_s, u.smtpOAuth},
                                                           {u"countries"_s, strings(u.smtpCountries)},
                                                           {u"legacyOtherSignIns"_s, u.legacyOtherSignIns},
                                                           {u"legacyClientApps"_s, strings(u.legacyClientApps)}});
    }
    return details;
}

QJsonObject credential(const RotationItem& item)
{
    return QJsonObject{{u"kind"_s, rotationKindName(item.kind)},
                       {u"subject"_s, item.subject},
                       {u"objectId"_s, item.objectId},
                       {u"name"_s, item.credentialName},
                       {u"keyId"_s, item.keyId},
                       {u"lastChangedAt"_s, time(item.lastChangedAt)},
                       {u"dueAt"_s, time(item.dueAt)},
                       {u"daysLeft"_s, item.daysLeft},
                       {u"overdue"_s, item.isOverdue()}};
}

QJsonObject finding(const Finding& f)
{
    QJsonArray evidence;
    for (const Evidence& e : f.evidence)
        evidence.append(
            QJsonObject{{u"dataPoint"_s, e.dataPoint}, {u"query"_s, e.query}, {u"fetchedAt"_s, time(e.fetchedAt)}});
    return QJsonObject{{u"id"_s, f.id},
                       {u"practice"_s, f.practiceId},
                       {u"severity"_s, severityName(f.severity)},
                       {u"kind"_s, findingKindName(f.kind)},
                       {u"title"_s, f.title},
                       {u"description"_s, f.description},
                       {u"affectedObjects"_s, strings(f.affectedObjects)},
                       {u"evidence"_s, evidence},
                       {u"remediation"_s, strings(f.remediation)}};
}

} // namespace

QString AuditJson::isoUtc(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject AuditJson::mailboxToJson(const MailboxAssessment& row)
{
    QJsonValue usage = QJsonValue::Null;
    if (row.smtpSignIns)
        usage = QJsonObject{{u"success"_s, row.smtpSignIns->smtpSuccess},
                            {u"failure"_s, row.smtpSignIns->smtpFailure},
                            {u"lastSuccess"_s, time(row.smtpSignIns->smtpLastSuccess)},
                            {u"sourceIps"_s, strings(row.smtpSignIns->smtpSourceIps)}};
    return QJsonObject{{u"userPrincipalName"_s, row.userPrincipalName},
                       {u"displayName"_s, row.displayName},
                       {u"type"_s, row.type},
                       {u"accountEnabled"_s, optionalBool(row.accountEnabled)},
                       {u"smtpClientAuthenticationDisabled"_s, optionalBool(row.smtpClientAuthenticationDisabled)},
                       {u"effectiveSmtpAuth"_s, verdictName(row.smtpAuth.verdict)},
                       {u"reasons"_s, strings(row.smtpAuth.reasonCodes())},
                       {u"mfaRegistered"_s, optionalBool(row.mfaRegistered)},
                       {u"methodsRegistered"_s, strings(row.methodsRegistered)},
                       {u"perUserMfaState"_s, row.perUserMfaState
                                                  ? QJsonValue(perUserMfaStateName(*row.perUserMfaState))
                                                  : QJsonValue(QJsonValue::Null)},
                       {u"isAdmin"_s, optionalBool(row.isAdmin)},
                       {u"lastPasswordChangeDateTime"_s, time(row.lastPasswordChangeDateTime)},
                       {u"smtpSignIns"_s, usage}};
}

namespace {

// Everything but the per-mailbox arrays, which are the bulk of a large tenant's audit.
QJsonObject withoutMailboxes(const AuditResult& result)
{
    const TenantSnapshot& s = result.snapshot;
    QJsonArray errors;
    const QJsonArray collectorList = collectors(s, errors);
    QJsonArray credentials, findings;
    for (const RotationItem& item : result.credentials)
        credentials.append(credential(item));
    for (const Finding& f : result.findings)
        findings.append(finding(f));
    return QJsonObject{
        {u"schemaVersion"_s, AuditJson::schemaVersion},
        {u"generator"_s, QString(u"smtpaudit "_s + QStringLiteral(SMTPAUDIT_VERSION))},
        {u"tenant"_s, QJsonObject{{u"id"_s, s.organization.tenantId}, {u"displayName"_s, s.organization.displayName}}},
        {u"generatedAt"_s, time(result.generatedAt)},
        {u"capturedAt"_s, time(s.capturedAt)},
        {u"complete"_s, result.complete},
        {u"score"_s, result.score},
        {u"collectors"_s, collectorList},
        {u"errors"_s, errors},
        {u"settings"_s, settings(s)},
        {u"organization"_s, organization(s)},
        {u"signIns"_s, signIns(s)},
        {u"smtpTest"_s, smtpTest(s)},
        {u"credentials"_s, credentials},
        {u"findings"_s, findings}};
}

} // namespace

QJsonObject AuditJson::toJson(const AuditResult& result)
{
    QJsonObject root = withoutMailboxes(result);
    QJsonArray mailboxes, details;
    ReasonTexts texts;
    for (const MailboxAssessment& row : result.mailboxes) {
        mailboxes.append(mailboxToJson(row));
        details.append(mailboxDetails(row, texts));
    }
    root.insert(u"mailboxes"_s, mailboxes);
    root.insert(u"reasonTexts"_s, texts.toJson());
    root.insert(u"mailboxDetails"_s, details);
    return root;
}

namespace {

// The text form of the few names a row repeats 88,000 times, escaped once.
template <typename Enum, std::size_t N, typename NameOf>
std::array<QByteArray, N> quotedNames(NameOf nameOf)
{
    std::array<QByteArray, N> names;
    for (std::size_t i = 0; i < N; ++i)
        names[i] = JsonText::quoted(nameOf(static_cast<Enum>(i)));
    return names;
}

const QByteArray& verdictText(SmtpAuthVerdict verdict)
{
    static const auto names = quotedNames<SmtpAuthVerdict, 4>(verdictName);
    return names[static_cast<std::size_t>(verdict)];
}

const QByteArray& reasonCodeText(SmtpAuthReasonCode code)
{
    static const auto names =
        quotedNames<SmtpAuthReasonCode, static_cast<std::size_t>(SmtpAuthReasonCode::AuthPolicyAllowsBasic) + 1>(
            reasonCodeName);
    return names[static_cast<std::size_t>(code)];
}

const QByteArray& perUserMfaStateText(PerUserMfaState state)
{
    static const auto names = quotedNames<PerUserMfaState, 3>(perUserMfaStateName);
    return names[static_cast<std::size_t>(state)];
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void writeValue(JsonText& w, const QJsonValue& value)
{
    if (value.isObject())
        w.raw(compact(value.toObject()));
    else
        w.nullValue(); // signIns and smtpTest: an object or null
}

// mailboxToJson() as text, keys in QJsonObject's sorted order.
void writeMailbox(JsonText& w, const MailboxAssessment& row)
{
    w.beginObject();
    w.key("accountEnabled"_L1);
    w.value(row.accountEnabled);
    w.key("displayName"_L1);
    w.value(QStringView(row.displayName));
    w.key("effectiveSmtpAuth"_L1);
    w.raw(verdictText(row.smtpAuth.verdict));
    w.key("isAdmin"_L1);
    w.value(row.isAdmin);
    w.key("lastPasswordChangeDateTime"_L1);
    w.time(row.lastPasswordChangeDateTime);
    w.key("methodsRegistered"_L1);
    w.strings(row.methodsRegistered);
    w.key("mfaRegistered"_L1);
    w.value(row.mfaRegistered);
    w.key("perUserMfaState"_L1);
    if (row.perUserMfaState)
        w.raw(perUserMfaStateText(*row.perUserMfaState));
    else
        w.nullValue();
    w.key("reasons"_L1);
    w.beginArray();
    for (const SmtpAuthReason& reason : row.smtpAuth.reasons)
        w.raw(reasonCodeText(reason.code));
    w.endArray();
    w.key("smtpClientAuthenticationDisabled"_L1);
    w.value(row.smtpClientAuthenticationDisabled);
    w.key("smtpSignIns"_L1);
    if (row.smtpSignIns) {
        const UserSignInUsage& u = *row.smtpSignIns;
        w.beginObject();
        w.key("failure"_L1);
        w.value(u.smtpFailure);
        w.key("lastSuccess"_L1);
        w.time(u.smtpLastSuccess);
        w.key("sourceIps"_L1);
        w.strings(u.smtpSourceIps);
        w.key("success"_L1);
        w.value(u.smtpSuccess);
        w.endObject();
    } else {
        w.nullValue();
    }
    w.key("type"_L1);
    w.value(QStringView(row.type));
    w.key("userPrincipalName"_L1);
    w.value(QStringView(row.userPrincipalName));
    w.endObject();
}

// mailboxDetails() as text.
void writeMailboxDetails(JsonText& w, const MailboxAssessment& row, ReasonTexts& texts)
{
    w.beginObject();
    if (!row.authenticationPolicy.isEmpty()) {
        w.key("authenticationPolicy"_L1);
        w.value(QStringView(row.authenticationPolicy));
    }
    w.key("reasonDetails"_L1);
    w.beginArray();
    for (const SmtpAuthReason& reason : row.smtpAuth.reasons)
        w.value(texts.indexOf(reason.detail));
    w.endArray();
    if (row.smtpSignIns && !isDefault(*row.smtpSignIns)) {
        const UserSignInUsage& u = *row.smtpSignIns;
        w.key("smtpSignInsDetail"_L1);
        w.beginObject();
        w.key("basicAuth"_L1);
        w.value(u.smtpBasicAuth);
        w.key("countries"_L1);
        w.strings(u.smtpCountries);
        w.key("lastFailure"_L1);
        w.time(u.smtpLastFailure);
        w.key("legacyClientApps"_L1);
        w.strings(u.legacyClientApps);
        w.key("legacyOtherSignIns"_L1);
        w.value(u.legacyOtherSignIns);
        w.key("oauth"_L1);
        w.value(u.smtpOAuth);
        w.endObject();
    }
    w.key("userId"_L1);
    w.value(QStringView(row.userId));
    w.endObject();
}

// credential() as text.
void writeCredential(JsonText& w, const RotationItem& item)
{
    w.beginObject();
    w.key("daysLeft"_L1);
    w.value(item.daysLeft);
    w.key("dueAt"_L1);
    w.time(item.dueAt);
    w.key("keyId"_L1);
    w.value(QStringView(item.keyId));
    w.key("kind"_L1);
    w.value(QStringView(rotationKindName(item.kind)));
    w.key("lastChangedAt"_L1);
    w.time(item.lastChangedAt);
    w.key("name"_L1);
    w.value(QStringView(item.credentialName));
    w.key("objectId"_L1);
    w.value(QStringView(item.objectId));
    w.key("overdue"_L1);
    w.value(item.isOverdue());
    w.key("subject"_L1);
    w.value(QStringView(item.subject));
    w.endObject();
}

// finding() as text: a finding can list tens of thousands of affected objects.
void writeFinding(JsonText& w, const Finding& f)
{
    w.beginObject();
    w.key("affectedObjects"_L1);
    w.strings(f.affectedObjects);
    w.key("description"_L1);
    w.value(QStringView(f.description));
    w.key("evidence"_L1);
    w.beginArray();
    for (const Evidence& e : f.evidence) {
        w.beginObject();
        w.key("dataPoint"_L1);
        w.value(QStringView(e.dataPoint));
        w.key("fetchedAt"_L1);
        w.time(e.fetchedAt);
        w.key("query"_L1);
        w.value(QStringView(e.query));
        w.endObject();
    }
    w.endArray();
    w.key("id"_L1);
    w.value(QStringView(f.id));
    w.key("kind"_L1);
    w.value(QStringView(findingKindName(f.kind)));
    w.key("practice"_L1);
    w.value(QStringView(f.practiceId));
    w.key("remediation"_L1);
    w.strings(f.remediation);
    w.key("severity"_L1);
    w.value(QStringView(severityName(f.severity)));
    w.key("title"_L1);
    w.value(QStringView(f.title));
    w.endObject();
}

// withoutMailboxes() as compact text without its closing brace. The small parts go through QJsonDocument;
// the lists that grow with the tenant (credentials, findings) are written directly.
void writeCompactHeader(JsonText& w, const AuditResult& result)
{
    const TenantSnapshot& s = result.snapshot;
    QJsonArray errors;
    const QJsonArray collectorList = collectors(s, errors);
    w.beginObject();
    w.key("capturedAt"_L1);
    w.time(s.capturedAt);
    w.key("collectors"_L1);
    w.raw(compact(collectorList));
    w.key("complete"_L1);
    w.value(result.complete);
    w.key("credentials"_L1);
    w.beginArray();
    for (const RotationItem& item : result.credentials)
        writeCredential(w, item);
    w.endArray();
    w.key("errors"_L1);
    w.raw(compact(errors));
    w.key("findings"_L1);
    w.beginArray();
    for (const Finding& f : result.findings)
        writeFinding(w, f);
    w.endArray();
    w.key("generatedAt"_L1);
    w.time(result.generatedAt);
    w.key("generator"_L1);
    w.value(QStringView(QString(u"smtpaudit "_s + QStringLiteral(SMTPAUDIT_VERSION))));
    w.key("organization"_L1);
    w.raw(compact(organization(s)));
    w.key("schemaVersion"_L1);
    w.value(AuditJson::schemaVersion);
    w.key("score"_L1);
    w.value(result.score);
    w.key("settings"_L1);
    w.raw(compact(settings(s)));
    w.key("signIns"_L1);
    writeValue(w, signIns(s));
    w.key("smtpTest"_L1);
    writeValue(w, smtpTest(s));
    w.key("tenant"_L1);
    w.raw(compact(QJsonObject{{u"id"_s, s.organization.tenantId}, {u"displayName"_s, s.organization.displayName}}));
}

} // namespace

QByteArray AuditJson::serialize(const AuditResult& result, QJsonDocument::JsonFormat format)
{
    // The same document as toJson(), written as text: the mailbox rows (and the findings, which list
    // mailboxes) directly, without a QJsonObject per row. A document object of 100,000 mailboxes and its
    // text at once were the audit's peak memory (over 1 GB for the large sample tenant), and building one
    // QJsonObject per row was most of the time. The mailbox arrays come last, after the other members in
    // QJsonObject's order; the rows are compact inside an indented document too; still valid JSON.
    const qsizetype rows = result.mailboxes.size();
    QByteArray out;
    out.reserve(rows * 1024 + 65536);
    JsonText w(out);
    if (format == QJsonDocument::Compact) {
        writeCompactHeader(w, result);
    } else {
        // Indented is for people (standard output, an export): the header through QJsonDocument.
        out = QJsonDocument(withoutMailboxes(result)).toJson(format);
        out.truncate(out.lastIndexOf('}'));
        out.reserve(out.size() + rows * 1024);
        w.resumeObject();
    }
    // The two row arrays are independent texts: the details (with the reason texts they number) are written
    // on the pool while this thread writes the rows (a large tenant's 88,000 rows took 0.7 s on one thread).
    struct Details
    {
        QByteArray text;
        ReasonTexts texts;
    };
    QFuture<Details> detailsWritten = QtConcurrent::run([&result, rows] {
        Details details;
        details.text.reserve(rows * 256);
        JsonText detailText(details.text);
        detailText.beginArray();
        for (const MailboxAssessment& row : result.mailboxes)
            writeMailboxDetails(detailText, row, details.texts);
        detailText.endArray();
        return details;
    });
    w.key("mailboxes"_L1);
    w.beginArray();
    for (const MailboxAssessment& row : result.mailboxes)
        writeMailbox(w, row);
    w.endArray();
    const Details details = detailsWritten.result();
    w.key("reasonTexts"_L1);
    w.strings(details.texts.list());
    w.key("mailboxDetails"_L1);
    w.raw(details.text);
    out.append('}');
    if (format == QJsonDocument::Indented)
        out.append('\n');
    return out;
}

} // namespace smtpaudit
