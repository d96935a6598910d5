// AuditJson::toJson(): the audit JSON as QJsonObject, for the GUI and the tests; serialize() writes the same as text.
#include "audit/AuditJson.h"
#include "audit/AuditJsonParts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace auditjson {

// Only toJson()'s; the text writer has its own forms.
namespace {

QJsonValue optionalBool(const std::optional<bool>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nonEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonValue time(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(AuditJson::isoUtc(dateTime)) : QJsonValue(QJsonValue::Null);
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

bool isDefault(const UserSignInUsage& u)
{
    return !u.smtpLastFailure.isValid() && u.smtpBasicAuth == 0 && u.smtpOAuth == 0 && u.smtpCountries.isEmpty() &&
           u.legacyOtherSignIns == 0 && u.legacyClientApps.isEmpty();
}

namespace {

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

} // namespace auditjson

QString AuditJson::isoUtc(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject AuditJson::mailboxToJson(const MailboxAssessment& row)
{
    using namespace auditjson;
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

namespace auditjson {

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

} // namespace auditjson

QJsonObject AuditJson::toJson(const AuditResult& result)
{
    using namespace auditjson;
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

} // namespace smtpaudit
