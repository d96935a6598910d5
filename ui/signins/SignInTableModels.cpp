#include "SignInTableModels.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "signins/SignInErrorCodes.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

FailureReasonModel::FailureReasonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FailureReasonModel::setReasons(std::vector<SignInErrorCount> reasons)
{
    beginResetModel();
    m_rows = std::move(reasons);
    endResetModel();
}

int FailureReasonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailureReasonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureReasonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignInErrorCount& row = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Code:
            return row.errorCode ? QString::number(*row.errorCode) : tr("no status");
        case Count:
            return Format::count(row.count);
        case Name: {
            if (!row.errorCode)
                return QString();
            const auto info = signInErrorCodeInfo(*row.errorCode);
            return info ? info->name : row.failureReason;
        }
        case Explanation:
            if (!row.errorCode)
                return tr("The event carried no status; counted as a failure.");
            return row.description.isEmpty() ? row.failureReason : row.description;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Count || index.column() == Code))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FailureReasonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Code:
            return tr("Error code");
        case Count:
            return tr("Sign-ins");
        case Name:
            return tr("Name");
        case Explanation:
            return tr("What it means");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

SprayBurstModel::SprayBurstModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SprayBurstModel::setBursts(std::vector<SprayBurst> bursts)
{
    beginResetModel();
    m_rows = std::move(bursts);
    endResetModel();
}

int SprayBurstModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SprayBurstModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SprayBurstModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SprayBurst& row = m_rows[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Start:
            return Format::dateTime(row.start());
        case IpAddress:
            return row.ipAddress;
        case Country:
            return row.countryOrRegion.isEmpty() ? Format::dash() : row.countryOrRegion;
        case Users:
            return Format::count(row.distinctUsers);
        case Failures:
            return Format::count(row.failures);
        case Successes:
            return Format::count(row.successes);
        case Duration: {
            const qint64 minutes = (row.endMs - row.startMs) / 60000;
            return tr("%n min", nullptr, int(minutes));
        }
        case Sample:
            return row.sampleUsers.join(u", "_s);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == IpAddress)
        return theme::highlightSeriesColor(QApplication::palette());
    if (role == Qt::TextAlignmentRole && index.column() >= Users && index.column() <= Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SprayBurstModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Start:
            return tr("Started");
        case IpAddress:
            return tr("Source IP");
        case Country:
            return tr("Country");
        case Users:
            return tr("Accounts");
        case Failures:
            return tr("Failures");
        case Successes:
            return tr("Successes");
        case Duration:
            return tr("Duration");
        case Sample:
            return tr("Some targeted accounts");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace smtpaudit::ui
