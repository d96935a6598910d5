// AuditJson::serialize(): the audit JSON written as text, without a QJsonObject per mailbox.
#include "audit/AuditJson.h"
#include "audit/AuditJsonParts.h"
#include "audit/JsonText.h"

#include <QFuture>
#include <QJsonDocument>

#include <QtConcurrent/QtConcurrentRun>

#include <array>

using namespace Qt::StringLiterals;

namespace smtpaudit {

using namespace auditjson;

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
