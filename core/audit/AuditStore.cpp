#include "audit/AuditStore.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

constexpr auto timestampFormat = "yyyyMMdd'T'HHmmss'Z'"_L1;

const QRegularExpression& fileNamePattern()
{
    static const QRegularExpression pattern(u"^(.+)_(\\d{8}T\\d{6}Z)(?:-\\d+)?\\.json$"_s);
    return pattern;
}

std::optional<AuditFileInfo> infoFromPath(const QString& path)
{
    const QRegularExpressionMatch match = fileNamePattern().match(QFileInfo(path).fileName());
    if (!match.hasMatch())
        return std::nullopt;
    QDateTime when = QDateTime::fromString(match.captured(2), QString(timestampFormat));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return AuditFileInfo{path, match.captured(1), when};
}

AuditParseError withPath(AuditParseError error, const QString& path)
{
    error.path = path;
    error.error.subject = path;
    return error;
}

} // namespace

AuditStore::AuditStore(QString directory)
    : m_directory(std::move(directory))
{}

QString AuditStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audits"_s;
}

QString AuditStore::sanitisedTenant(const QString& tenantId)
{
    QString out;
    for (QChar c : tenantId)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : u'-';
    return out.isEmpty() ? u"unknown-tenant"_s : out.toLower();
}

QString AuditStore::fileNameFor(const QString& tenantId, const QDateTime& generatedAt)
{
    return sanitisedTenant(tenantId) + u'_' + generatedAt.toUTC().toString(QString(timestampFormat)) + u".json"_s;
}

Result<QString> AuditStore::save(const AuditResult& audit) const
{
    QDir dir(m_directory);
    if (!dir.exists() && !dir.mkpath(u"."_s))
        return Error::make(Error::Category::Io, tr("Could not create the audit history folder."), {}, m_directory);
    // The history names every account of the tenant: keep it to the owner.
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QDateTime when = audit.generatedAt.isValid() ? audit.generatedAt : QDateTime::currentDateTimeUtc();
    QString name = fileNameFor(audit.tenantId(), when);
    for (int n = 2; dir.exists(name); ++n) // two audits in the same second keep both
        name = fileNameFor(audit.tenantId(), when).chopped(5) + u'-' + QString::number(n) + u".json"_s;
    const QString path = dir.filePath(name);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Category::Io, tr("Could not write the audit file."), file.errorString(), path);
    const QByteArray bytes = AuditJson::serialize(audit);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Category::Io, tr("Could not write the audit file."), file.errorString(), path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcAudit) << "audit saved:" << path;
    return path;
}

QList<AuditFileInfo> AuditStore::list(const QString& tenantId) const
{
    QList<AuditFileInfo> files;
    const QString wanted = tenantId.isEmpty() ? QString() : sanitisedTenant(tenantId);
    const QStringList names = QDir(m_directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = QDir(m_directory).filePath(name);
        std::optional<AuditFileInfo> info = infoFromPath(path);
        if (!info) // a .json we did not name: still listed, so that loading it explains what is wrong
            info = AuditFileInfo{path, QString(), QFileInfo(path).lastModified().toUTC()};
        if (!wanted.isEmpty() && info->tenant != wanted)
            continue;
        files << *info;
    }
    std::stable_sort(files.begin(), files.end(), [](const AuditFileInfo& a, const AuditFileInfo& b) {
        if (a.generatedAt != b.generatedAt)
            return a.generatedAt > b.generatedAt;
        return a.path > b.path; // "-2" after the first of the same second
    });
    return files;
}

Result<AuditResult, AuditParseError> AuditStore::load(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return AuditParseError{
            AuditParseError::Kind::Unreadable,
            Error::make(Error::Category::Io, tr("Could not read the audit file."), file.errorString(), path), path};
    Result<AuditResult, AuditParseError> parsed = AuditJson::parse(file.readAll());
    if (!parsed)
        return withPath(parsed.error(), path);
    return parsed;
}

AuditStore::LoadAllResult AuditStore::loadAll(const QString& tenantId) const
{
    LoadAllResult all;
    for (const AuditFileInfo& info : list(tenantId)) {
        Result<AuditResult, AuditParseError> loaded = load(info.path);
        if (loaded)
            all.audits << LoadedAudit{info, std::move(loaded).value()};
        else
            all.failures << loaded.error();
    }
    return all;
}

std::optional<LoadedAudit> AuditStore::latest(const QString& tenantId, const QDateTime& before) const
{
    for (const AuditFileInfo& info : list(tenantId)) {
        if (before.isValid() && info.generatedAt >= before.toUTC())
            continue;
        Result<AuditResult, AuditParseError> loaded = load(info.path);
        if (loaded)
            return LoadedAudit{info, std::move(loaded).value()};
        qCWarning(lcAudit) << "skipping unreadable audit" << info.path << loaded.error().error.message;
    }
    return std::nullopt;
}

} // namespace smtpaudit
