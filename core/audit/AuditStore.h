#pragma once

#include "audit/AuditJson.h"
#include "audit/AuditResult.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace smtpaudit {

struct AuditFileInfo
{
    QString path;
    QString tenant;        // as written in the file name (sanitised tenant id)
    QDateTime generatedAt; // from the file name, UTC
};

struct LoadedAudit
{
    AuditFileInfo file;
    AuditResult audit;
};

// The audit history: one schema-versioned JSON file per audit under a directory (default
// <AppDataLocation>/audits), named "<tenant>_<yyyyMMddTHHmmssZ>.json". Each file is written atomically
// (QSaveFile: a crash leaves the old state, never half a file) and readable only by the owner (it lists
// the tenant's accounts). Synchronous: files are small and the caller decides the thread.
class AuditStore
{
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    explicit AuditStore(QString directory = defaultDirectory());
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }

    // Returns the path written.
    Result<QString> save(const AuditResult& audit) const;
    // Newest first; only the tenant's when `tenantId` is given. Reads file names only.
    QList<AuditFileInfo> list(const QString& tenantId = {}) const;
    Result<AuditResult, AuditParseError> load(const QString& path) const;

    struct LoadAllResult
    {
        QList<LoadedAudit> audits;       // newest first
        QList<AuditParseError> failures; // corrupt, truncated or foreign files, each with its path
    };
    LoadAllResult loadAll(const QString& tenantId = {}) const;
    // The newest audit of the tenant that loads (a corrupt newer file is skipped), optionally older than
    // `before` (to find "the previous one" of an audit that is already saved).
    std::optional<LoadedAudit> latest(const QString& tenantId, const QDateTime& before = {}) const;

    static QString sanitisedTenant(const QString& tenantId);
    static QString fileNameFor(const QString& tenantId, const QDateTime& generatedAt);

private:
    QString m_directory;
};

} // namespace smtpaudit
