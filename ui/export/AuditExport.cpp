#include "AuditExport.h"

#include "audit/AuditJson.h"
#include "audit/AuditStore.h"
#include "report/AuditCsv.h"
#include "report/ReportWriter.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QByteArray AuditExport::auditJson(const AuditResult& result)
{
    return AuditJson::serialize(result, QJsonDocument::Indented);
}

QString AuditExport::suggestedName(Kind kind, const AuditResult& result)
{
    const QString tenant = result.snapshot.organization.displayName.isEmpty()
                               ? result.tenantId()
                               : result.snapshot.organization.displayName;
    QString base = AuditStore::sanitisedTenant(tenant);
    if (base.isEmpty())
        base = u"tenant"_s;
    const QString date = result.generatedAt.toUTC().date().toString(Qt::ISODate);
    const QString name = u"smtpaudit-%1-%2"_s.arg(base, date);
    switch (kind) {
    case Kind::Pdf:
        return name + u".pdf"_s;
    case Kind::Json:
        return name + u".json"_s;
    case Kind::Csv:
        return name + u"-csv"_s;
    }
    return name;
}

Result<QStringList> AuditExport::write(Kind kind, const AuditResult& result, const QString& target)
{
    if (target.isEmpty())
        return Error::make(Error::Category::InvalidInput, tr("No file chosen."));
    switch (kind) {
    case Kind::Pdf: {
        const Result<ReportWriter::Written> written = ReportWriter::writePdf(result, auditJson(result), target);
        if (!written.ok())
            return written.error();
        return QStringList{target};
    }
    case Kind::Csv:
        return auditcsv::writeAll(result, target);
    case Kind::Json: {
        const QByteArray json = auditJson(result);
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return Error::make(Error::Category::Io, tr("Cannot write %1: %2").arg(target, file.errorString()), {},
                               target);
        return QStringList{target};
    }
    }
    return Error::make(Error::Category::InvalidInput, tr("Unknown export format."));
}

} // namespace smtpaudit::ui
