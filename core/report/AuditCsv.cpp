#include "report/AuditCsv.h"

#include "audit/AuditResult.h"
#include "report/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace smtpaudit::auditcsv {
namespace {

QString iso(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString optionalBool(const std::optional<bool>& value)
{
    return value ? (*value ? u"true"_s : u"false"_s) : QString();
}

} // namespace

QByteArray mailboxes(const AuditResult& result)
{
    CsvWriter csv({u"userPrincipalName"_s, u"displayName"_s, u"type"_s, u"accountEnabled"_s,
                   u"smtpClientAuthenticationDisabled"_s, u"effectiveSmtpAuth"_s, u"reasons"_s,
                   u"authenticationPolicy"_s, u"mfaRegistered"_s, u"methodsRegistered"_s, u"perUserMfaState"_s,
                   u"isAdmin"_s, u"lastPasswordChangeDateTime"_s, u"smtpSuccess"_s, u"smtpFailure"_s,
                   u"smtpLastSuccess"_s, u"smtpSourceIps"_s});
    for (const MailboxAssessment& m : result.mailboxes) {
        const bool usage = m.smtpSignIns.has_value();
        csv.addRow({m.userPrincipalName, m.displayName, m.type, optionalBool(m.accountEnabled),
                    m.smtpClientAuthenticationDisabled ? optionalBool(m.smtpClientAuthenticationDisabled) : u"null"_s,
                    verdictName(m.smtpAuth.verdict), m.smtpAuth.reasonCodes().join(u';'), m.authenticationPolicy,
                    optionalBool(m.mfaRegistered), m.methodsRegistered.join(u';'),
                    m.perUserMfaState ? perUserMfaStateName(*m.perUserMfaState) : QString(), optionalBool(m.isAdmin),
                    iso(m.lastPasswordChangeDateTime), usage ? QString::number(m.smtpSignIns->smtpSuccess) : QString(),
                    usage ? QString::number(m.smtpSignIns->smtpFailure) : QString(),
                    usage ? iso(m.smtpSignIns->smtpLastSuccess) : QString(),
                    usage ? m.smtpSignIns->smtpSourceIps.join(u';') : QString()});
    }
    return csv.data();
}

QByteArray findings(const AuditResult& result)
{
    CsvWriter csv({u"id"_s, u"practice"_s, u"severity"_s, u"kind"_s, u"title"_s, u"affectedCount"_s,
                   u"affectedObjects"_s, u"evidence"_s, u"remediation"_s});
    for (const Finding& f : result.findings) {
        QStringList evidence;
        for (const Evidence& e : f.evidence)
            evidence << u"%1 [%2 @ %3]"_s.arg(e.dataPoint, e.query, iso(e.fetchedAt));
        csv.addRow({f.id, f.practiceId, severityName(f.severity), findingKindName(f.kind), f.title,
                    QString::number(f.affectedObjects.size()), f.affectedObjects.join(u';'), evidence.join(u'\n'),
                    f.remediation.join(u'\n')});
    }
    return csv.data();
}

QByteArray signInsPerDay(const AuditResult& result)
{
    CsvWriter csv({u"date"_s, u"smtpSuccess"_s, u"smtpFailure"_s});
    for (const DailySmtpCount& day : result.snapshot.signIns.tenant.smtpPerDay)
        csv.addRow({day.date.toString(Qt::ISODate), QString::number(day.success), QString::number(day.failure)});
    return csv.data();
}

QByteArray signInsByClientApp(const AuditResult& result)
{
    CsvWriter csv({u"clientAppUsed"_s, u"signIns"_s});
    for (const ClientAppCount& app : result.snapshot.signIns.tenant.legacyClientApps)
        csv.addRow({app.clientAppUsed, QString::number(app.count)});
    return csv.data();
}

QByteArray credentials(const AuditResult& result)
{
    CsvWriter csv({u"subject"_s, u"objectId"_s, u"kind"_s, u"credentialName"_s, u"keyId"_s, u"lastChangedAt"_s,
                   u"dueAt"_s, u"daysLeft"_s});
    for (const RotationItem& item : result.credentials)
        csv.addRow({item.subject, item.objectId, rotationKindName(item.kind), item.credentialName, item.keyId,
                    iso(item.lastChangedAt), iso(item.dueAt), QString::number(item.daysLeft)});
    return csv.data();
}

Result<QStringList> writeAll(const AuditResult& result, const QString& directory)
{
    if (!QDir().mkpath(directory))
        return Error::make(Error::Category::Io,
                           QCoreApplication::translate("AuditCsv", "Cannot create the folder %1.").arg(directory));
    const QList<QPair<QString, QByteArray>> files = {
        {u"mailboxes.csv"_s, mailboxes(result)},           {u"findings.csv"_s, findings(result)},
        {u"signins-per-day.csv"_s, signInsPerDay(result)}, {u"signins-by-client-app.csv"_s, signInsByClientApp(result)},
        {u"credentials.csv"_s, credentials(result)},
    };
    QStringList written;
    for (const auto& [name, data] : files) {
        QSaveFile file(QDir(directory).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return Error::make(Error::Category::Io,
                               QCoreApplication::translate("AuditCsv", "Cannot write %1.").arg(file.fileName()),
                               file.errorString());
        written << file.fileName();
    }
    return written;
}

} // namespace smtpaudit::auditcsv
