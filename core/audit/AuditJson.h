#pragma once

#include "audit/AuditResult.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace smtpaudit {

// Why an audit file or document could not be read back. Typed so the history can list a corrupt file
// next to the good ones with a clear reason.
struct AuditParseError
{
    enum class Kind
    {
        Unreadable,        // the file could not be opened or read
        NotJson,           // not JSON at all, or truncated
        UnsupportedSchema, // schemaVersion missing or not one this build reads
        InvalidContent,    // JSON of the right version, but a required field is missing or mistyped
    };
    Kind kind = Kind::InvalidContent;
    Error error; // category Io for Unreadable, MalformedResponse otherwise; subject = the file, if any
    QString path;
};

QString auditParseErrorKindName(AuditParseError::Kind kind); // "unreadable", "not-json", ...

// The audit JSON, schemaVersion 2 (issue 4, item 7):
//   schemaVersion, generator, tenant {id, displayName}, generatedAt, capturedAt, complete, score,
//   collectors[] {name, state, query, fetchedAt, itemCount}, errors[] {collector, category, message, subject},
//   settings {signInDays, signInFrom, signInTo, rotationPeriodDays, declaredSendingRanges, ownCredential},
//   organization {tenantId, displayName, smtpClientAuthenticationDisabled, securityDefaultsEnabled,
//                 defaultAuthenticationPolicy, authenticationPolicies[]},
//   signIns (tenant-wide aggregates incl. sprayPatterns, null when the sign-in log was not read), smtpTest (or null),
//   mailboxes[] with exactly the shared spec's fields (see mailboxToJson), reasonTexts[] (each distinct reason
//   detail once), mailboxDetails[] (what the spec's rows leave out, mailboxDetails[i] for mailboxes[i]: userId,
//   authenticationPolicy (absent: none), reasonDetails[] (indexes into reasonTexts, one per reasons[] code),
//   smtpSignInsDetail (Basic/OAuth counts, last failure, countries, other legacy use; absent when all zero)),
//   credentials[], findings[]. The raw sign-in events are not in the file: the views need the aggregates only.
// Schema 1 (read, no longer written) had no reasonTexts; its mailboxDetails[] carried the UPN, the detail
// texts inline ({code, detail}) and every smtpSignInsDetail.
// Times are ISO-8601 UTC with whole seconds, as the sample tenant's ground truth writes them. Nothing in
// the snapshot can hold a secret, so nothing in the JSON can.
class AuditJson
{
    Q_DECLARE_TR_FUNCTIONS(AuditJson)

public:
    static constexpr int schemaVersion = 2;
    static constexpr int oldestReadableSchemaVersion = 1;

    static QJsonObject toJson(const AuditResult& result);
    // UTF-8; compact by default (the history), indented for files people read.
    static QByteArray serialize(const AuditResult& result, QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    // One row of mailboxes[]: userPrincipalName, displayName, type, accountEnabled,
    // smtpClientAuthenticationDisabled, effectiveSmtpAuth, reasons, mfaRegistered, methodsRegistered,
    // perUserMfaState, isAdmin, lastPasswordChangeDateTime, smtpSignIns {success, failure, lastSuccess,
    // sourceIps} | null. Unknown values are null.
    static QJsonObject mailboxToJson(const MailboxAssessment& row);

    static Result<AuditResult, AuditParseError> fromJson(const QJsonObject& object);
    static Result<AuditResult, AuditParseError> parse(const QByteArray& bytes);

    static QString isoUtc(const QDateTime& dateTime); // "" for an invalid time (written as null)
    static QDateTime parseIsoUtc(const QString& text);
};

} // namespace smtpaudit
