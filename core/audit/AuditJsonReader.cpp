#include "audit/AuditJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

// Reads fields and remembers the first problem, so that parsing code stays linear and a bad file
// yields one precise message ("mailboxes[3].reasons[1]: unknown reason code ...").
class FieldReader
{
public:
    bool failed() const { return !m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }
    void fail(const QString& where, const QString& what)
    {
        if (m_problem.isEmpty())
            m_problem = where + u": "_s + what;
    }

    QString string(const QJsonObject& o, const QString& key, const QString& where, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (required || !(v.isUndefined() || v.isNull()))
            fail(where + u'.' + key, AuditJson::tr("expected a string"));
        return {};
    }
    std::optional<bool> optionalBool(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        if (!(v.isUndefined() || v.isNull()))
            fail(where + u'.' + key, AuditJson::tr("expected true, false or null"));
        return std::nullopt;
    }
    bool boolean(const QJsonObject& o, const QString& key, const QString& where, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        if (required || !v.isUndefined())
            fail(where + u'.' + key, AuditJson::tr("expected true or false"));
        return false;
    }
    qint64 integer(const QJsonObject& o, const QString& key, const QString& where, qint64 fallback = 0,
                   bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble() && v.toDouble() == double(v.toInteger()))
            return v.toInteger();
        if (required || !v.isUndefined())
            fail(where + u'.' + key, AuditJson::tr("expected an integer"));
        return fallback;
    }
    QDateTime time(const QJsonObject& o, const QString& key, const QString& where, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() && !required)
            return {};
        const QDateTime parsed = v.isString() ? AuditJson::parseIsoUtc(v.toString()) : QDateTime();
        if (!parsed.isValid() && (required || !v.isUndefined()))
            fail(where + u'.' + key, AuditJson::tr("expected an ISO-8601 time"));
        return parsed;
    }
    QStringList strings(const QJsonObject& o, const QString& key, const QString& where)
    {
        const QJsonValue v = o.value(key);
        QStringList list;
        if (v.isUndefined() || v.isNull())
            return list;
        if (!v.isArray()) {
            fail(where + u'.' + key, AuditJson::tr("expected an array of strings"));
            return list;
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString()) {
                fail(where + u'.' + key, AuditJson::tr("expected an array of strings"));
                return {};
            }
            list << item.toString();
        }
        return list;
    }
    QJsonArray objects(const QJsonObject& o, const QString& key, const QString& where, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray())
                if (!item.isObject()) {
                    fail(where + u'.' + key, AuditJson::tr("expected an array of objects"));
                    return {};
                }
            return v.toArray();
        }
        if (required || !(v.isUndefined() || v.isNull()))
            fail(where + u'.' + key, AuditJson::tr("expected an array"));
        return {};
    }

private:
    QString m_problem;
};

QString at(const QString& key, qsizetype index)
{
    return key + u'[' + QString::number(index) + u']';
}

void readCollectors(FieldReader& r, const QJsonObject& root, TenantSnapshot& s)
{
    const QJsonArray list = r.objects(root, u"collectors"_s, u"$"_s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = at(u"collectors"_s, i);
        const auto id = collectorFromName(r.string(o, u"name"_s, where, true));
        const auto state = collectorStateFromName(r.string(o, u"state"_s, where, true));
        if (!id || !state) {
            r.fail(where, AuditJson::tr("unknown collector or state"));
            return;
        }
        CollectorStatus status;
        status.state = *state;
        status.source = {r.string(o, u"query"_s, where), r.time(o, u"fetchedAt"_s, where)};
        status.itemCount = r.integer(o, u"itemCount"_s, where);
        s.setStatus(*id, status);
    }
    const QJsonArray errors = r.objects(root, u"errors"_s, u"$"_s);
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonObject o = errors.at(i).toObject();
        const QString where = at(u"errors"_s, i);
        const auto id = collectorFromName(r.string(o, u"collector"_s, where, true));
        if (!id) {
            r.fail(where, AuditJson::tr("unknown collector"));
            return;
        }
        Error error;
        const QString category = r.string(o, u"category"_s, where, true);
        for (int c = 0; c <= int(Error::Category::Io); ++c)
            if (Error::categoryName(Error::Category(c)) == category)
                error.category = Error::Category(c);
        error.message = r.string(o, u"message"_s, where);
        error.subject = r.string(o, u"subject"_s, where);
        error.httpStatus = int(r.integer(o, u"httpStatus"_s, where));
        CollectorStatus status = s.status(*id);
        status.state = CollectorStatus::State::Failed;
        status.error = error;
        s.setStatus(*id, status);
    }
}

void readSettingsAndOrganization(FieldReader& r, const QJsonObject& root, TenantSnapshot& s)
{
    const QJsonObject settings = root.value(u"settings"_s).toObject();
    s.signIns.window.days = int(r.integer(settings, u"signInDays"_s, u"settings"_s, 30));
    s.signIns.window.from = r.time(settings, u"signInFrom"_s, u"settings"_s);
    s.signIns.window.to = r.time(settings, u"signInTo"_s, u"settings"_s);
    s.rotationPeriodDays = int(r.integer(settings, u"rotationPeriodDays"_s, u"settings"_s, 90));
    s.declaredSendingRanges = r.strings(settings, u"declaredSendingRanges"_s, u"settings"_s);
    const QJsonObject own = settings.value(u"ownCredential"_s).toObject();
    s.ownCredential.kind = ownCredentialKindFromName(r.string(own, u"kind"_s, u"settings.ownCredential"_s))
                               .value_or(OwnCredential::Kind::None);
    s.ownCredential.appId = r.string(own, u"appId"_s, u"settings.ownCredential"_s);
    s.ownCredential.label = r.string(own, u"label"_s, u"settings.ownCredential"_s);
    s.ownCredential.expiresAt = r.time(own, u"expiresAt"_s, u"settings.ownCredential"_s);

    const QJsonObject org = root.value(u"organization"_s).toObject();
    s.organization.tenantId = r.string(org, u"tenantId"_s, u"organization"_s);
    s.organization.displayName = r.string(org, u"displayName"_s, u"organization"_s);
    s.organization.smtpClientAuthenticationDisabled =
        r.optionalBool(org, u"smtpClientAuthenticationDisabled"_s, u"organization"_s);
    s.organization.securityDefaultsEnabled = r.optionalBool(org, u"securityDefaultsEnabled"_s, u"organization"_s);
    s.organization.defaultAuthenticationPolicy = r.string(org, u"defaultAuthenticationPolicy"_s, u"organization"_s);
    const QJsonArray policies = r.objects(org, u"authenticationPolicies"_s, u"organization"_s);
    for (qsizetype i = 0; i < policies.size(); ++i) {
        const QJsonObject o = policies.at(i).toObject();
        const QString where = at(u"organization.authenticationPolicies"_s, i);
        AuthenticationPolicy policy;
        policy.name = r.string(o, u"name"_s, where, true);
        policy.id = r.string(o, u"id"_s, where);
        policy.allowBasicAuthSmtp = r.boolean(o, u"allowBasicAuthSmtp"_s, where, true);
        policy.otherBasicAuthAllowed = r.strings(o, u"otherBasicAuthAllowed"_s, where);
        s.authenticationPolicies << policy;
    }
}

void readSignInsAndProbe(FieldReader& r, const QJsonObject& root, TenantSnapshot& s)
{
    const QJsonValue value = root.value(u"signIns"_s);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString w = u"signIns"_s;
        SignInAggregates& t = s.signIns.tenant;
        t.eventsScanned = r.integer(o, u"eventsScanned"_s, w);
        t.smtpSuccess = int(r.integer(o, u"smtpSuccess"_s, w));
        t.smtpFailure = int(r.integer(o, u"smtpFailure"_s, w));
        t.smtpBasicAuth = int(r.integer(o, u"smtpBasicAuth"_s, w));
        t.smtpOAuth = int(r.integer(o, u"smtpOAuth"_s, w));
        t.distinctSmtpUsers = int(r.integer(o, u"distinctSmtpUsers"_s, w));
        t.distinctSmtpSourceIps = int(r.integer(o, u"distinctSmtpSourceIps"_s, w));
        for (const QJsonValue& v : r.objects(o, u"perDay"_s, w)) {
            const QJsonObject d = v.toObject();
            t.smtpPerDay << DailySmtpCount{QDate::fromString(r.string(d, u"date"_s, w), Qt::ISODate),
                                           int(r.integer(d, u"success"_s, w)), int(r.integer(d, u"failure"_s, w))};
        }
        for (const QJsonValue& v : r.objects(o, u"legacyClientApps"_s, w)) {
            const QJsonObject a = v.toObject();
            t.legacyClientApps << ClientAppCount{r.string(a, u"clientAppUsed"_s, w), int(r.integer(a, u"count"_s, w))};
        }
        for (const QJsonValue& v : r.objects(o, u"sprayPatterns"_s, w)) {
            const QJsonObject p = v.toObject();
            t.sprayPatterns << PasswordSprayPattern{
                r.string(p, u"ipAddress"_s, w), r.time(p, u"windowStart"_s, w), r.time(p, u"windowEnd"_s, w),
                int(r.integer(p, u"distinctUsers"_s, w)), int(r.integer(p, u"failures"_s, w))};
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        r.fail(u"signIns"_s, AuditJson::tr("expected an object or null"));
    }

    const QJsonValue probe = root.value(u"smtpTest"_s);
    if (probe.isObject()) {
        const QJsonObject o = probe.toObject();
        const QString w = u"smtpTest"_s;
        SmtpTransportProbe p;
        p.host = r.string(o, u"host"_s, w);
        p.port = int(r.integer(o, u"port"_s, w, 587));
        p.testedAt = r.time(o, u"testedAt"_s, w);
        p.startTlsOffered = r.boolean(o, u"startTlsOffered"_s, w);
        p.tlsEstablished = r.boolean(o, u"tlsEstablished"_s, w);
        p.tlsProtocol = r.string(o, u"tlsProtocol"_s, w);
        p.certificateValid = r.boolean(o, u"certificateValid"_s, w);
        p.authOfferedBeforeTls = r.boolean(o, u"authOfferedBeforeTls"_s, w);
        s.transportProbe = p;
    }
}

MailboxAssessment readMailbox(FieldReader& r, const QJsonObject& o, const QString& where)
{
    MailboxAssessment row;
    row.userPrincipalName = r.string(o, u"userPrincipalName"_s, where, true);
    row.displayName = r.string(o, u"displayName"_s, where);
    row.type = r.string(o, u"type"_s, where);
    row.accountEnabled = r.optionalBool(o, u"accountEnabled"_s, where);
    row.smtpClientAuthenticationDisabled = r.optionalBool(o, u"smtpClientAuthenticationDisabled"_s, where);
    const auto verdict = verdictFromName(r.string(o, u"effectiveSmtpAuth"_s, where, true));
    if (!verdict)
        r.fail(where + u".effectiveSmtpAuth"_s, AuditJson::tr("unknown verdict"));
    row.smtpAuth.verdict = verdict.value_or(SmtpAuthVerdict::Unknown);
    for (const QString& code : r.strings(o, u"reasons"_s, where)) {
        const auto parsed = reasonCodeFromName(code);
        if (!parsed) {
            r.fail(where + u".reasons"_s, AuditJson::tr("unknown reason code '%1'").arg(code));
            break;
        }
        row.smtpAuth.reasons << SmtpAuthReason{*parsed, {}};
    }
    row.mfaRegistered = r.optionalBool(o, u"mfaRegistered"_s, where);
    row.methodsRegistered = r.strings(o, u"methodsRegistered"_s, where);
    const QString mfa = r.string(o, u"perUserMfaState"_s, where);
    if (!mfa.isEmpty())
        row.perUserMfaState = perUserMfaStateFromName(mfa);
    row.isAdmin = r.optionalBool(o, u"isAdmin"_s, where);
    row.lastPasswordChangeDateTime = r.time(o, u"lastPasswordChangeDateTime"_s, where);
    const QJsonValue usage = o.value(u"smtpSignIns"_s);
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        const QString w = where + u".smtpSignIns"_s;
        UserSignInUsage value;
        value.userPrincipalName = row.userPrincipalName;
        value.smtpSuccess = int(r.integer(u, u"success"_s, w, 0, true));
        value.smtpFailure = int(r.integer(u, u"failure"_s, w, 0, true));
        value.smtpLastSuccess = r.time(u, u"lastSuccess"_s, w);
        value.smtpSourceIps = r.strings(u, u"sourceIps"_s, w);
        row.smtpSignIns = value;
    } else if (!usage.isNull() && !usage.isUndefined()) {
        r.fail(where + u".smtpSignIns"_s, AuditJson::tr("expected an object or null"));
    }
    return row;
}

void readUsageDetail(FieldReader& r, const QJsonValue& usage, MailboxAssessment& row, const QString& where)
{
    if (!usage.isObject() || !row.smtpSignIns)
        return;
    const QJsonObject u = usage.toObject();
    row.smtpSignIns->smtpLastFailure = r.time(u, u"lastFailure"_s, where);
    row.smtpSignIns->smtpBasicAuth = int(r.integer(u, u"basicAuth"_s, where));
    row.smtpSignIns->smtpOAuth = int(r.integer(u, u"oauth"_s, where));
    row.smtpSignIns->smtpCountries = r.strings(u, u"countries"_s, where);
    row.smtpSignIns->legacyOtherSignIns = int(r.integer(u, u"legacyOtherSignIns"_s, where));
    row.smtpSignIns->legacyClientApps = r.strings(u, u"legacyClientApps"_s, where);
}

// Schema 1: details matched to the rows by UPN, the reason texts inline.
void mergeMailboxDetailsV1(FieldReader& r, const QJsonObject& root, QList<MailboxAssessment>& rows)
{
    QHash<QString, MailboxAssessment*> byUpn;
    for (MailboxAssessment& row : rows)
        byUpn.insert(SnapshotIndex::key(row.userPrincipalName), &row);
    const QJsonArray details = r.objects(root, u"mailboxDetails"_s, u"$"_s);
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QJsonObject o = details.at(i).toObject();
        const QString where = at(u"mailboxDetails"_s, i);
        MailboxAssessment* row = byUpn.value(SnapshotIndex::key(r.string(o, u"userPrincipalName"_s, where, true)));
        if (!row)
            continue; // details for a mailbox that is not listed: nothing to attach them to
        row->userId = r.string(o, u"userId"_s, where);
        row->authenticationPolicy = r.string(o, u"authenticationPolicy"_s, where);
        const QJsonArray reasons = r.objects(o, u"reasonDetails"_s, where);
        for (qsizetype k = 0; k < reasons.size() && k < row->smtpAuth.reasons.size(); ++k)
            row->smtpAuth.reasons[k].detail = r.string(reasons.at(k).toObject(), u"detail"_s, where);
        const QJsonValue usage = o.value(u"smtpSignInsDetail"_s);
        readUsageDetail(r, usage, *row, where);
        if (usage.isObject() && row->smtpSignIns)
            row->smtpSignIns->userId = row->userId;
    }
}

// Schema 2: mailboxDetails[i] belongs to mailboxes[i]; reason texts are indexes into reasonTexts[].
void mergeMailboxDetailsV2(FieldReader& r, const QJsonObject& root, QList<MailboxAssessment>& rows)
{
    const QStringList texts = r.strings(root, u"reasonTexts"_s, u"$"_s);
    const QJsonArray details = r.objects(root, u"mailboxDetails"_s, u"$"_s);
    if (details.size() != rows.size()) {
        r.fail(u"mailboxDetails"_s, AuditJson::tr("expected one entry per mailbox"));
        return;
    }
    for (qsizetype i = 0; i < details.size() && !r.failed(); ++i) {
        const QJsonObject o = details.at(i).toObject();
        const QString where = at(u"mailboxDetails"_s, i);
        MailboxAssessment& row = rows[i];
        row.userId = r.string(o, u"userId"_s, where);
        row.authenticationPolicy = r.string(o, u"authenticationPolicy"_s, where);
        const QJsonArray reasons = o.value(u"reasonDetails"_s).toArray();
        for (qsizetype k = 0; k < reasons.size() && k < row.smtpAuth.reasons.size(); ++k) {
            const qint64 index = reasons.at(k).toInteger(-1);
            if (index < 0 || index >= texts.size()) {
                r.fail(where + u".reasonDetails"_s, AuditJson::tr("expected an index into reasonTexts"));
                return;
            }
            row.smtpAuth.reasons[k].detail = texts.at(index);
        }
        readUsageDetail(r, o.value(u"smtpSignInsDetail"_s), row, where);
        if (row.smtpSignIns)
            row.smtpSignIns->userId = row.userId;
    }
}

RotationItem readCredential(FieldReader& r, const QJsonObject& o, const QString& where)
{
    RotationItem item;
    const auto kind = rotationKindFromName(r.string(o, u"kind"_s, where, true));
    if (!kind)
        r.fail(where + u".kind"_s, AuditJson::tr("unknown credential kind"));
    item.kind = kind.value_or(RotationItem::Kind::UserPassword);
    item.subject = r.string(o, u"subject"_s, where);
    item.objectId = r.string(o, u"objectId"_s, where);
    item.credentialName = r.string(o, u"name"_s, where);
    item.keyId = r.string(o, u"keyId"_s, where);
    item.lastChangedAt = r.time(o, u"lastChangedAt"_s, where);
    item.dueAt = r.time(o, u"dueAt"_s, where, true);
    item.daysLeft = r.integer(o, u"daysLeft"_s, where, 0, true);
    return item;
}

Finding readFinding(FieldReader& r, const QJsonObject& o, const QString& where)
{
    Finding f;
    f.id = r.string(o, u"id"_s, where, true);
    f.practiceId = r.string(o, u"practice"_s, where, true);
    const auto severity = severityFromName(r.string(o, u"severity"_s, where, true));
    const auto kind = findingKindFromName(r.string(o, u"kind"_s, where, true));
    if (!severity || !kind)
        r.fail(where, AuditJson::tr("unknown severity or kind"));
    f.severity = severity.value_or(Severity::Info);
    f.kind = kind.value_or(FindingKind::Issue);
    f.title = r.string(o, u"title"_s, where);
    f.description = r.string(o, u"description"_s, where);
    f.affectedObjects = r.strings(o, u"affectedObjects"_s, where);
    for (const QJsonValue& v : r.objects(o, u"evidence"_s, where)) {
        const QJsonObject e = v.toObject();
        f.evidence << Evidence{r.string(e, u"dataPoint"_s, where), r.string(e, u"query"_s, where),
                               r.time(e, u"fetchedAt"_s, where)};
    }
    f.remediation = r.strings(o, u"remediation"_s, where);
    return f;
}

AuditParseError invalid(AuditParseError::Kind kind, const QString& message, const QString& detail = {})
{
    return AuditParseError{kind, Error::make(Error::Category::MalformedResponse, message, detail), {}};
}

} // namespace

QString auditParseErrorKindName(AuditParseError::Kind kind)
{
    switch (kind) {
    case AuditParseError::Kind::Unreadable:
        return u"unreadable"_s;
    case AuditParseError::Kind::NotJson:
        return u"not-json"_s;
    case AuditParseError::Kind::UnsupportedSchema:
        return u"unsupported-schema"_s;
    case AuditParseError::Kind::InvalidContent:
        return u"invalid-content"_s;
    }
    return u"invalid-content"_s;
}

QDateTime AuditJson::parseIsoUtc(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

Result<AuditResult, AuditParseError> AuditJson::fromJson(const QJsonObject& root)
{
    const QJsonValue version = root.value(u"schemaVersion"_s);
    if (!version.isDouble())
        return invalid(AuditParseError::Kind::UnsupportedSchema,
                       tr("The file is not a smtpaudit audit (no schemaVersion)."));
    const qint64 fileVersion = version.toInteger();
    if (fileVersion < oldestReadableSchemaVersion || fileVersion > schemaVersion)
        return invalid(AuditParseError::Kind::UnsupportedSchema,
                       tr("The audit has schema version %1; this version of smtpaudit reads versions %2 to %3.")
                           .arg(fileVersion)
                           .arg(oldestReadableSchemaVersion)
                           .arg(schemaVersion));

    FieldReader r;
    AuditResult result;
    TenantSnapshot& s = result.snapshot;
    const QJsonObject tenant = root.value(u"tenant"_s).toObject();
    if (!root.value(u"tenant"_s).isObject())
        r.fail(u"tenant"_s, tr("expected an object"));
    result.generatedAt = r.time(root, u"generatedAt"_s, u"$"_s, true);
    s.capturedAt = r.time(root, u"capturedAt"_s, u"$"_s);
    result.complete = r.boolean(root, u"complete"_s, u"$"_s, true);
    result.score = int(r.integer(root, u"score"_s, u"$"_s, 0));
    readCollectors(r, root, s);
    readSettingsAndOrganization(r, root, s);
    s.organization.tenantId = r.string(tenant, u"id"_s, u"tenant"_s, true);
    if (s.organization.displayName.isEmpty())
        s.organization.displayName = r.string(tenant, u"displayName"_s, u"tenant"_s);
    readSignInsAndProbe(r, root, s);

    const QJsonArray mailboxes = r.objects(root, u"mailboxes"_s, u"$"_s, true);
    for (qsizetype i = 0; i < mailboxes.size() && !r.failed(); ++i)
        result.mailboxes << readMailbox(r, mailboxes.at(i).toObject(), at(u"mailboxes"_s, i));
    if (!r.failed()) {
        if (fileVersion == 1)
            mergeMailboxDetailsV1(r, root, result.mailboxes);
        else
            mergeMailboxDetailsV2(r, root, result.mailboxes);
    }
    const QJsonArray credentials = r.objects(root, u"credentials"_s, u"$"_s);
    for (qsizetype i = 0; i < credentials.size() && !r.failed(); ++i)
        result.credentials << readCredential(r, credentials.at(i).toObject(), at(u"credentials"_s, i));
    const QJsonArray findings = r.objects(root, u"findings"_s, u"$"_s, true);
    for (qsizetype i = 0; i < findings.size() && !r.failed(); ++i)
        result.findings << readFinding(r, findings.at(i).toObject(), at(u"findings"_s, i));

    if (r.failed())
        return invalid(AuditParseError::Kind::InvalidContent, tr("The audit file is damaged: %1").arg(r.problem()));
    return result;
}

Result<AuditResult, AuditParseError> AuditJson::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(AuditParseError::Kind::NotJson,
                       tr("The audit file is not valid JSON (it may be truncated): %1 at byte %2.")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!document.isObject())
        return invalid(AuditParseError::Kind::NotJson, tr("The audit file does not hold a JSON object."));
    return fromJson(document.object());
}

} // namespace smtpaudit
