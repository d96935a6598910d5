#include "SignInEventModel.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "signins/SignInErrorCodes.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

SignInEventModel::SignInEventModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SignInEventModel::setView(std::shared_ptr<const SignInStore> store, std::optional<SignInView> view)
{
    beginResetModel();
    m_store = std::move(store);
    m_view = std::move(view);
    if (m_view && m_store && &m_view->store() != m_store.get())
        m_view.reset(); // a view of another store would read the wrong rows
    if (m_view)
        m_view->sortNewestFirst();
    endResetModel();
}

int SignInEventModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_view)
        return 0;
    return int(m_view->size());
}

int SignInEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SignInEventModel::authKindText(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic:
        return tr("Basic (password)");
    case AuthKind::OAuth:
        return tr("OAuth");
    case AuthKind::Unknown:
        break;
    }
    return tr("not reported");
}

QVariant SignInEventModel::display(std::size_t storeRow, int column) const
{
    const SignInStore& s = *m_store;
    switch (column) {
    case Time:
        return s.hasCreated(storeRow) ? Format::dateTime(QDateTime::fromMSecsSinceEpoch(s.createdMs(storeRow), Qt::UTC))
                                      : Format::dash();
    case User:
        return s.users().at(s.userIndex(storeRow));
    case ClientApp:
        return s.clientApps().at(s.clientAppIndex(storeRow));
    case Result: {
        if (s.isSuccess(storeRow))
            return tr("Success");
        const auto code = s.errorCode(storeRow);
        return code ? tr("Failure %1").arg(*code) : tr("Failure (no status)");
    }
    case Reason: {
        if (s.isSuccess(storeRow))
            return QString();
        const QString reason = s.failureReasons().at(s.failureReasonIndex(storeRow));
        if (!reason.isEmpty())
            return reason;
        const auto code = s.errorCode(storeRow);
        return code ? signInErrorDescription(*code) : QString();
    }
    case IpAddress:
        return s.ips().at(s.ipIndex(storeRow));
    case Country:
        return s.countries().at(s.countryIndex(storeRow));
    case Auth:
        return authKindText(s.authKind(storeRow));
    default:
        return {};
    }
}

QVariant SignInEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_view)
        return {};
    const std::size_t storeRow = m_view->storeRow(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(storeRow, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Result || index.column() == Reason) {
            const auto code = m_store->errorCode(storeRow);
            if (code && *code != 0)
                return tr("Error %1: %2").arg(*code).arg(signInErrorDescription(*code));
        }
        return display(storeRow, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Result)
            return m_store->isSuccess(storeRow) ? theme::successColor(QApplication::palette())
                                                : theme::failureColor(QApplication::palette());
        if (index.column() == Auth && m_store->authKind(storeRow) == AuthKind::Basic)
            return theme::toneColor(theme::Tone::Warning, QApplication::palette());
        return {};
    case StoreRowRole:
        return qulonglong(storeRow);
    case SuccessRole:
        return m_store->isSuccess(storeRow);
    default:
        return {};
    }
}

QVariant SignInEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Time:
            return tr("Time");
        case User:
            return tr("User");
        case ClientApp:
            return tr("Client app");
        case Result:
            return tr("Result");
        case Reason:
            return tr("Failure reason");
        case IpAddress:
            return tr("IP address");
        case Country:
            return tr("Country");
        case Auth:
            return tr("Authentication");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace smtpaudit::ui
