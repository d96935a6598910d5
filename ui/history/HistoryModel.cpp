#include "HistoryModel.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "common/Theme.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

HistoryEntry HistoryModel::summarise(const AuditFileInfo& file, const AuditResult& audit)
{
    HistoryEntry entry;
    entry.file = file;
    entry.tenantName =
        audit.snapshot.organization.displayName.isEmpty() ? audit.tenantId() : audit.snapshot.organization.displayName;
    entry.score = audit.score;
    entry.complete = audit.complete;
    for (const Finding& f : audit.findings)
        if (f.kind == FindingKind::Issue) {
            ++entry.issues;
            entry.criticalOrHigh += f.severity >= Severity::High;
        }
    entry.mailboxes = audit.mailboxes.size();
    for (const MailboxAssessment& row : audit.mailboxes)
        entry.smtpEnabled += row.smtpAuth.verdict == SmtpAuthVerdict::Enabled;
    return entry;
}

void HistoryModel::setEntries(QList<HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.file.generatedAt > b.file.generatedAt;
    });
    endResetModel();
}

int HistoryModel::previousOf(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return -1;
    const HistoryEntry& current = m_entries.at(row);
    for (int r = row + 1; r < m_entries.size(); ++r)
        if (m_entries.at(r).file.tenant == current.file.tenant && !m_entries.at(r).error)
            return r;
    return -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    const QPalette palette = QApplication::palette();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case When:
            return Format::dateTime(e.file.generatedAt);
        case Tenant:
            return e.tenantName.isEmpty() ? e.file.tenant : e.tenantName;
        case Score:
            return e.error ? Format::dash() : QString::number(e.score);
        case Issues:
            if (e.error)
                return Format::dash();
            return e.criticalOrHigh > 0 ? tr("%1 (%2 high or critical)").arg(e.issues).arg(e.criticalOrHigh)
                                        : QString::number(e.issues);
        case SmtpEnabled:
            return e.error ? Format::dash()
                           : tr("%1 of %2").arg(Format::count(e.smtpEnabled), Format::count(e.mailboxes));
        case Completeness:
            if (e.error)
                return tr("Unreadable: %1").arg(e.error->error.message);
            return e.complete ? tr("Complete") : tr("Partial");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return e.error ? e.error->error.message + u"\n"_s + e.error->error.detail : e.file.path;
    if (role == Qt::ForegroundRole) {
        if (index.column() == Completeness && (e.error || !e.complete))
            return theme::toneColor(e.error ? theme::Tone::Bad : theme::Tone::Warning, palette);
        if (index.column() == Score && !e.error)
            return theme::toneColor(e.score >= 80   ? theme::Tone::Good
                                    : e.score >= 50 ? theme::Tone::Warning
                                                    : theme::Tone::Bad,
                                    palette);
    }
    if (role == Qt::DecorationRole && index.column() == When)
        return themedIcon(e.error ? u"error"_s : u"history"_s);
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == PathRole)
        return e.file.path;
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case When:
            return tr("Audited");
        case Tenant:
            return tr("Tenant");
        case Score:
            return tr("Score");
        case Issues:
            return tr("Issues");
        case SmtpEnabled:
            return tr("Password over SMTP");
        case Completeness:
            return tr("Data");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace smtpaudit::ui
