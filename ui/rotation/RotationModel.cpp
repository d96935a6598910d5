#include "RotationModel.h"

#include "common/Format.h"
#include "common/Icons.h"
#include "common/Theme.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

qint64 RotationSchedule::daysLeft(const RotationItem& item, const QDateTime& now)
{
    if (!item.dueAt.isValid())
        return item.daysLeft;
    return qint64(std::floor(double(now.secsTo(item.dueAt)) / 86400.0));
}

RotationStatus RotationSchedule::status(const RotationItem& item, const QDateTime& now, int warningDays)
{
    const qint64 days = daysLeft(item, now);
    if (days < 0)
        return RotationStatus::Overdue;
    if (days <= warningDays)
        return RotationStatus::DueSoon;
    return RotationStatus::Scheduled;
}

RotationSummary RotationSchedule::summarise(const QList<RotationItem>& items, const QDateTime& now, int warningDays)
{
    RotationSummary summary;
    summary.total = int(items.size());
    QStringList soon;
    for (const RotationItem& item : items) {
        switch (status(item, now, warningDays)) {
        case RotationStatus::Overdue:
            ++summary.overdue;
            summary.dueSubjects << item.subject;
            break;
        case RotationStatus::DueSoon:
            ++summary.dueSoon;
            soon << item.subject;
            break;
        case RotationStatus::Scheduled:
            break;
        }
    }
    summary.dueSubjects << soon;
    summary.dueSubjects.removeDuplicates();
    return summary;
}

QString RotationSchedule::notificationText(const RotationSummary& summary, int warningDays)
{
    if (!summary.needsAttention())
        return {};
    QStringList parts;
    if (summary.overdue > 0)
        parts << tr("%n credential(s) overdue for rotation", nullptr, summary.overdue);
    if (summary.dueSoon > 0)
        parts << tr("%n due within %1 days", nullptr, summary.dueSoon).arg(warningDays);
    QString text = parts.join(u"; "_s) + u'.';
    const QStringList first = summary.dueSubjects.mid(0, 3);
    if (!first.isEmpty()) {
        text += u' ' + tr("First: %1").arg(first.join(u", "_s));
        if (summary.dueSubjects.size() > first.size())
            text += u", …"_s;
    }
    return text;
}

QString RotationSchedule::kindText(RotationItem::Kind kind)
{
    switch (kind) {
    case RotationItem::Kind::UserPassword:
        return tr("SMTP account password");
    case RotationItem::Kind::AppSecret:
        return tr("App secret");
    case RotationItem::Kind::AppCertificate:
        return tr("App certificate");
    case RotationItem::Kind::OwnCredential:
        return tr("smtpaudit's credential");
    }
    return {};
}

QString RotationSchedule::statusText(RotationStatus status)
{
    switch (status) {
    case RotationStatus::Overdue:
        return tr("Overdue");
    case RotationStatus::DueSoon:
        return tr("Due soon");
    case RotationStatus::Scheduled:
        return tr("Scheduled");
    }
    return {};
}

RotationModel::RotationModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RotationModel::setItems(QList<RotationItem> items, const QDateTime& now, int warningDays)
{
    beginResetModel();
    m_items = std::move(items);
    m_now = now;
    m_warningDays = warningDays;
    for (RotationItem& item : m_items)
        item.daysLeft = RotationSchedule::daysLeft(item, now);
    std::stable_sort(m_items.begin(), m_items.end(), [](const RotationItem& a, const RotationItem& b) {
        if (a.daysLeft != b.daysLeft)
            return a.daysLeft < b.daysLeft;
        return a.subject.compare(b.subject, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
}

int RotationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RotationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RotationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RotationItem& item = m_items.at(index.row());
    const RotationStatus status = RotationSchedule::status(item, m_now, m_warningDays);
    const theme::Tone tone = status == RotationStatus::Overdue   ? theme::Tone::Bad
                             : status == RotationStatus::DueSoon ? theme::Tone::Warning
                                                                 : theme::Tone::Good;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Status:
            return RotationSchedule::statusText(status);
        case DaysLeft:
            return Format::daysLeft(item.daysLeft);
        case Due:
            return Format::date(item.dueAt);
        case Kind:
            return RotationSchedule::kindText(item.kind);
        case Subject:
            return item.subject;
        case Credential:
            return item.credentialName.isEmpty() ? Format::dash() : item.credentialName;
        case LastChanged:
            return Format::date(item.lastChangedAt);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Subject || index.column() == Credential)
            return item.objectId.isEmpty() ? item.subject : tr("%1\nObject id: %2").arg(item.subject, item.objectId);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Status)
            return tintedIcon(u"dot"_s, theme::toneColor(tone, QApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Status || index.column() == DaysLeft) && status != RotationStatus::Scheduled)
            return theme::toneColor(tone, QApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(status);
    case DaysLeftRole:
        return item.daysLeft;
    default:
        return {};
    }
}

QVariant RotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Status:
            return tr("Status");
        case DaysLeft:
            return tr("Days left");
        case Due:
            return tr("Due");
        case Kind:
            return tr("Kind");
        case Subject:
            return tr("Account or app");
        case Credential:
            return tr("Credential");
        case LastChanged:
            return tr("Last changed");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace smtpaudit::ui
