#include "FindingsModel.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "common/Practices.h"
#include "common/Theme.h"

#include <QApplication>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

constexpr quintptr kPracticeRow = quintptr(-1);

} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    sortFindings(m_findings);
    regroup();
    endResetModel();
}

void FindingsModel::setIssuesOnly(bool issuesOnly)
{
    if (issuesOnly == m_issuesOnly)
        return;
    beginResetModel();
    m_issuesOnly = issuesOnly;
    regroup();
    endResetModel();
}

void FindingsModel::regroup()
{
    m_groups.clear();
    const QStringList practices = Practices::ids();
    for (const QString& practiceId : practices) {
        Group group;
        group.practiceId = practiceId;
        for (qsizetype i = 0; i < m_findings.size(); ++i) {
            const Finding& f = m_findings.at(i);
            if (f.practiceId != practiceId || (m_issuesOnly && f.kind != FindingKind::Issue))
                continue;
            group.findings << int(i);
            if (f.kind == FindingKind::Issue) {
                ++group.issues;
                if (!group.worstIssue || f.severity > *group.worstIssue)
                    group.worstIssue = f.severity;
            }
        }
        if (!group.findings.isEmpty())
            m_groups << group;
    }
}

const Finding* FindingsModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kPracticeRow)
        return nullptr;
    const Group& group = m_groups.at(int(index.internalId()));
    return &m_findings.at(group.findings.at(index.row()));
}

QModelIndex FindingsModel::indexOfFinding(const QString& findingId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).findings.size(); ++r)
            if (m_findings.at(m_groups.at(g).findings.at(r)).id == findingId)
                return createIndex(r, 0, quintptr(g));
    return {};
}

QModelIndex FindingsModel::indexOfPractice(const QString& practiceId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        if (m_groups.at(g).practiceId == practiceId)
            return createIndex(g, 0, kPracticeRow);
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kPracticeRow) : QModelIndex();
    if (parent.internalId() != kPracticeRow || parent.column() != 0)
        return {};
    if (row >= m_groups.at(parent.row()).findings.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kPracticeRow)
        return {};
    return createIndex(int(child.internalId()), 0, kPracticeRow);
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kPracticeRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).findings.size());
    return 0;
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QString FindingsModel::kindText(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Issue:
        return tr("Issue");
    case FindingKind::Informational:
        return tr("Information");
    case FindingKind::NotChecked:
        return tr("Not checked");
    case FindingKind::Guidance:
        return tr("Guidance");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kPracticeRow)
        return practiceData(m_groups.at(index.row()), index.column(), role);
    return findingData(*finding(index), index.column(), role);
}

QVariant FindingsModel::practiceData(const Group& group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Title:
            return u"%1 · %2"_s.arg(group.practiceId, Practices::title(group.practiceId));
        case Severity:
            return group.worstIssue ? severityDisplayName(*group.worstIssue) : QString();
        case Kind:
            return group.issues > 0 ? tr("%n issue(s)", nullptr, group.issues) : tr("No issue");
        case Affected:
            return QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return Practices::summary(group.practiceId);
    case Qt::FontRole: {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    case Qt::DecorationRole:
        if (column == Title) {
            const QPalette palette = QApplication::palette();
            if (!group.worstIssue)
                return tintedIcon(u"check"_s, theme::toneColor(theme::Tone::Good, palette));
            return tintedIcon(u"warning"_s, theme::severityColor(*group.worstIssue, palette));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Severity && group.worstIssue)
            return theme::severityColor(*group.worstIssue, QApplication::palette());
        return {};
    case PracticeIdRole:
        return group.practiceId;
    case SeverityRole:
        return group.worstIssue ? int(*group.worstIssue) : -1;
    case IsPracticeRole:
        return true;
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(const Finding& f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Title:
            return f.title;
        case Severity:
            return f.kind == FindingKind::Issue ? severityDisplayName(f.severity) : QString();
        case Kind:
            return kindText(f.kind);
        case Affected:
            return f.affectedObjects.isEmpty() ? QString() : Format::count(f.affectedObjects.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return f.description;
    case Qt::DecorationRole:
        if (column == Title) {
            const QPalette palette = QApplication::palette();
            switch (f.kind) {
            case FindingKind::Issue:
                return tintedIcon(u"dot"_s, theme::severityColor(f.severity, palette));
            case FindingKind::NotChecked:
                return tintedIcon(u"warning"_s, theme::mutedTextColor(palette));
            case FindingKind::Informational:
            case FindingKind::Guidance:
                return tintedIcon(u"info"_s, theme::toneColor(theme::Tone::Accent, palette));
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Severity && f.kind == FindingKind::Issue)
            return theme::severityColor(f.severity, QApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (column == Affected)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FindingIdRole:
        return f.id;
    case PracticeIdRole:
        return f.practiceId;
    case SeverityRole:
        return int(f.severity);
    case IsPracticeRole:
        return false;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Title:
            return tr("Best practice / finding");
        case Severity:
            return tr("Severity");
        case Kind:
            return tr("Kind");
        case Affected:
            return tr("Affected");
        default:
            break;
        }
    }
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace smtpaudit::ui
