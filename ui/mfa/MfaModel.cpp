#include "MfaModel.h"

#include "common/Format.h"
#include "common/Theme.h"
#include "mailboxes/VerdictText.h"

#include <QApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return Format::dash();
    return *value ? MfaModel::tr("Yes") : MfaModel::tr("No");
}

} // namespace

MfaModel::MfaModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MfaModel::setAccounts(QList<MfaAccount> accounts)
{
    beginResetModel();
    m_all = std::move(accounts);
    rebuildRows();
    endResetModel();
}

void MfaModel::setScope(const MfaScope& scope)
{
    beginResetModel();
    m_scope = scope;
    rebuildRows();
    endResetModel();
}

void MfaModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (m_scope.includes(m_all.at(i)))
            m_rows << i;
    // Administrators first: they matter most (BP10), then by address.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        const MfaAccount& x = m_all.at(a);
        const MfaAccount& y = m_all.at(b);
        if (x.admin != y.admin)
            return x.admin;
        return x.userPrincipalName.compare(y.userPrincipalName, Qt::CaseInsensitive) < 0;
    });
}

QString MfaModel::kindText(const MfaAccount& account)
{
    if (account.guest)
        return tr("Guest");
    if (!account.mailboxType.isEmpty())
        return VerdictText::recipientType(account.mailboxType);
    return tr("Member");
}

int MfaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MfaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MfaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MfaAccount& a = account(index.row());
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Account:
            return a.userPrincipalName;
        case DisplayName:
            return a.displayName;
        case Kind:
            return kindText(a);
        case Registered:
            return yesNo(a.registered);
        case Capable:
            return yesNo(a.capable);
        case Methods:
            return a.methods.isEmpty() ? Format::dash() : a.methods.join(u", "_s);
        case PerUser:
            return VerdictText::perUserMfa(a.perUser);
        case Enforcement:
            return a.enforcementDetail.isEmpty() || a.enforcement == MfaEnforcement::PerUser
                       ? MfaCoverage::enforcementText(a.enforcement)
                       : u"%1: %2"_s.arg(MfaCoverage::enforcementText(a.enforcement), a.enforcementDetail);
        case Admin:
            return a.admin ? tr("Admin") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Methods)
            return a.methods.join(u", "_s);
        if (index.column() == Enforcement)
            return tr("Where MFA is required: per-user MFA, a Conditional Access policy, or security defaults");
        return {};
    case Qt::FontRole:
        if (a.admin) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        // Administrators without MFA stand out across the whole row.
        if (a.admin && a.registered != std::optional<bool>(true))
            return theme::toneBackground(theme::Tone::Bad, palette);
        if (a.admin)
            return theme::toneBackground(theme::Tone::Accent, palette);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Registered && a.registered == std::optional<bool>(false))
            return theme::toneColor(theme::Tone::Bad, palette);
        if (index.column() == Enforcement && a.enforcement == MfaEnforcement::None)
            return theme::toneColor(theme::Tone::Warning, palette);
        return {};
    case UpnRole:
        return a.userPrincipalName;
    case IsAdminRole:
        return a.admin;
    default:
        return {};
    }
}

QVariant MfaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Account:
            return tr("Account");
        case DisplayName:
            return tr("Display name");
        case Kind:
            return tr("Kind");
        case Registered:
            return tr("Registered");
        case Capable:
            return tr("Capable");
        case Methods:
            return tr("Methods");
        case PerUser:
            return tr("Per-user MFA");
        case Enforcement:
            return tr("Required by");
        case Admin:
            return tr("Role");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace smtpaudit::ui
