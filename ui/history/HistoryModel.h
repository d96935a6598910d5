#pragma once

#include "audit/AuditStore.h"

#include <QAbstractTableModel>

#include <optional>

namespace smtpaudit::ui {

// One saved audit as the history lists it: a few numbers, not the whole audit (a tenant with 100,000
// mailboxes makes each file large; the full audits are loaded only when one is selected).
struct HistoryEntry
{
    AuditFileInfo file;
    QString tenantName;
    int score = 0;
    bool complete = true;
    int issues = 0;
    int criticalOrHigh = 0;
    qsizetype mailboxes = 0;
    qsizetype smtpEnabled = 0;
    std::optional<AuditParseError> error; // set for a file that could not be read
};

// Saved audits, newest first; unreadable files are listed with their reason instead of disappearing.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Tenant,
        Score,
        Issues,
        SmtpEnabled,
        Completeness,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(QList<HistoryEntry> entries);
    const QList<HistoryEntry>& entries() const { return m_entries; }
    const HistoryEntry& entry(int row) const { return m_entries.at(row); }
    // The row of the same tenant's next older readable audit, or -1.
    int previousOf(int row) const;

    static HistoryEntry summarise(const AuditFileInfo& file, const AuditResult& audit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace smtpaudit::ui
