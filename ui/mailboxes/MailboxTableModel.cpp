#include "MailboxTableModel.h"

#include "VerdictText.h"
#include "common/Format.h"
#include "common/Icons.h"
#include "common/Theme.h"

#include <QApplication>
#include <QFont>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Sort order of the verdict column: the most exposed first when ascending.
qint8 verdictRank(SmtpAuthVerdict verdict)
{
    switch (verdict) {
    case SmtpAuthVerdict::Enabled:
        return 0;
    case SmtpAuthVerdict::Blocked:
        return 1;
    case SmtpAuthVerdict::Unknown:
        return 2;
    case SmtpAuthVerdict::Disabled:
        return 3;
    }
    return 4;
}

QDateTime lastSmtpSignIn(const MailboxAssessment& row)
{
    if (!row.smtpSignIns)
        return {};
    return row.smtpSignIns->smtpLastSuccess;
}

} // namespace

MailboxTableModel::MailboxTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MailboxTableModel::setAudit(std::shared_ptr<const AuditResult> audit)
{
    beginResetModel();
    m_audit = std::move(audit);
    m_keys.clear();
    m_rowByUpn.clear();
    if (m_audit) {
        m_keys.reserve(size_t(m_audit->mailboxes.size()));
        m_rowByUpn.reserve(m_audit->mailboxes.size());
        for (qsizetype i = 0; i < m_audit->mailboxes.size(); ++i) {
            const MailboxAssessment& row = m_audit->mailboxes.at(i);
            m_keys.push_back(keysFor(row));
            m_rowByUpn.insert(m_keys.back().upn, int(i));
        }
    }
    endResetModel();
}

MailboxTableModel::RowKeys MailboxTableModel::keysFor(const MailboxAssessment& row) const
{
    RowKeys keys;
    keys.upn = row.userPrincipalName.toLower();
    keys.name = row.displayName.toLower();
    const std::optional<bool> orgDisabled = m_audit->snapshot.organization.smtpClientAuthenticationDisabled;
    QString haystack = keys.name + u'\n' + keys.upn + u'\n' + VerdictText::recipientType(row.type) + u'\n' +
                       VerdictText::verdict(row.smtpAuth.verdict) + u'\n' + row.authenticationPolicy;
    keys.haystack = haystack.toLower();

    const QDateTime last = lastSmtpSignIn(row);
    keys.lastSmtpMs = last.isValid() ? last.toMSecsSinceEpoch() : -1;
    keys.smtpTotal = row.smtpSignIns ? row.smtpSignIns->smtpTotal() : -1;
    keys.setting = row.smtpClientAuthenticationDisabled ? (*row.smtpClientAuthenticationDisabled ? 3 : 0)
                                                        : (orgDisabled.value_or(false) ? 2 : 1);
    keys.verdict = verdictRank(row.smtpAuth.verdict);
    keys.mfa = row.mfaRegistered ? (*row.mfaRegistered ? 2 : 0) : 1;
    keys.admin = row.isAdmin ? (*row.isAdmin ? 1 : 0) : -1;
    keys.methods = qint8(qMin<qsizetype>(row.methodsRegistered.size(), 100));

    const QDateTime asOf = m_audit->generatedAt.isValid() ? m_audit->generatedAt : m_audit->snapshot.capturedAt;
    if (row.lastPasswordChangeDateTime.isValid() && asOf.isValid())
        keys.passwordAge = qMax<qint64>(0, row.lastPasswordChangeDateTime.daysTo(asOf));

    const bool on =
        row.smtpAuth.verdict == SmtpAuthVerdict::Enabled || row.smtpAuth.verdict == SmtpAuthVerdict::Blocked;
    if (row.smtpAuth.verdict == SmtpAuthVerdict::Enabled)
        keys.flags |= EffectivelyOn;
    if (on && row.smtpSignIns && row.smtpSignIns->smtpTotal() == 0)
        keys.flags |= OnButIdle;
    if (row.mfaRegistered == std::optional<bool>(false))
        keys.flags |= NoMfa;
    if (keys.passwordAge > m_audit->snapshot.rotationPeriodDays)
        keys.flags |= StalePassword;
    if (row.isAdmin == std::optional<bool>(true))
        keys.flags |= Admins;
    return keys;
}

int MailboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int MailboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MailboxAssessment& MailboxTableModel::mailbox(int row) const
{
    return m_audit->mailboxes.at(row);
}

int MailboxTableModel::rowOfUpn(const QString& userPrincipalName) const
{
    return m_rowByUpn.value(userPrincipalName.toLower(), -1);
}

std::optional<qint64> MailboxTableModel::passwordAgeDays(int row) const
{
    const qint64 age = m_keys[size_t(row)].passwordAge;
    return age < 0 ? std::nullopt : std::optional<qint64>(age);
}

int MailboxTableModel::compare(int rowA, int rowB, int column) const
{
    const RowKeys& a = m_keys[size_t(rowA)];
    const RowKeys& b = m_keys[size_t(rowB)];
    int c = 0;
    switch (column) {
    case Mailbox:
        c = a.upn.compare(b.upn);
        break;
    case DisplayName:
        c = a.name.compare(b.name);
        break;
    case Type:
        c = mailbox(rowA).type.compare(mailbox(rowB).type);
        break;
    case Setting:
        c = threeWay(a.setting, b.setting);
        break;
    case Verdict:
        c = threeWay(a.verdict, b.verdict);
        break;
    case LastSmtpSignIn:
        c = threeWay(a.lastSmtpMs, b.lastSmtpMs);
        break;
    case SmtpSignIns:
        c = threeWay(a.smtpTotal, b.smtpTotal);
        break;
    case Mfa:
        c = threeWay(a.mfa, b.mfa);
        break;
    case Methods:
        c = threeWay(a.methods, b.methods);
        break;
    case PasswordAge:
        c = threeWay(a.passwordAge, b.passwordAge);
        break;
    case Admin:
        c = threeWay(a.admin, b.admin);
        break;
    default:
        break;
    }
    // Ties keep the UPN order, so a sort is deterministic.
    return c != 0 ? c : a.upn.compare(b.upn);
}

QVariant MailboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const MailboxAssessment& row = mailbox(r);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column, r);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::AccessibleTextRole:
        return displayData(row, column, r);
    case Qt::DecorationRole:
        if (column == Verdict)
            return tintedIcon(u"dot"_s, theme::verdictColor(row.smtpAuth.verdict, QApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (column == Verdict && row.smtpAuth.verdict != SmtpAuthVerdict::Unknown)
            return theme::verdictColor(row.smtpAuth.verdict, QApplication::palette());
        if (column == Mfa && row.mfaRegistered == std::optional<bool>(false))
            return theme::toneColor(theme::Tone::Warning, QApplication::palette());
        if (column == PasswordAge && (m_keys[size_t(r)].flags & StalePassword))
            return theme::toneColor(theme::Tone::Warning, QApplication::palette());
        return {};
    case Qt::FontRole:
        if (column == Admin && row.isAdmin == std::optional<bool>(true)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == SmtpSignIns || column == PasswordAge || column == Methods)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case UpnRole:
        return row.userPrincipalName;
    case VerdictRole:
        return int(row.smtpAuth.verdict);
    case ReasonChainRole:
        return VerdictText::reasonChain(row.smtpAuth);
    case QuickFlagsRole:
        return uint(m_keys[size_t(r)].flags);
    case SortKeyRole: {
        const RowKeys& k = m_keys[size_t(r)];
        switch (column) {
        case Mailbox:
            return k.upn;
        case DisplayName:
            return k.name;
        case LastSmtpSignIn:
            return k.lastSmtpMs;
        case SmtpSignIns:
            return k.smtpTotal;
        case PasswordAge:
            return k.passwordAge;
        default:
            return displayData(row, column, r);
        }
    }
    default:
        return {};
    }
}

QVariant MailboxTableModel::displayData(const MailboxAssessment& row, int column, int rowIndex) const
{
    switch (column) {
    case Mailbox:
        return row.userPrincipalName;
    case DisplayName:
        return row.displayName;
    case Type:
        return VerdictText::recipientType(row.type);
    case Setting:
        return VerdictText::setting(row.smtpClientAuthenticationDisabled,
                                    m_audit->snapshot.organization.smtpClientAuthenticationDisabled);
    case Verdict:
        return VerdictText::verdict(row.smtpAuth.verdict);
    case LastSmtpSignIn:
        if (!row.smtpSignIns)
            return Format::dash();
        return row.smtpSignIns->smtpLastSuccess.isValid() ? Format::dateTime(row.smtpSignIns->smtpLastSuccess)
                                                          : tr("none");
    case SmtpSignIns:
        if (!row.smtpSignIns)
            return Format::dash();
        if (row.smtpSignIns->smtpFailure == 0)
            return Format::count(row.smtpSignIns->smtpSuccess);
        return tr("%1 (%2 failed)")
            .arg(Format::count(row.smtpSignIns->smtpTotal()), Format::count(row.smtpSignIns->smtpFailure));
    case Mfa: {
        if (!row.mfaRegistered)
            return tr("Unknown");
        QString text = *row.mfaRegistered ? tr("Registered") : tr("Not registered");
        if (row.perUserMfaState && *row.perUserMfaState != PerUserMfaState::Disabled)
            text += tr(" · per-user %1").arg(VerdictText::perUserMfa(row.perUserMfaState));
        return text;
    }
    case Methods:
        return row.methodsRegistered.isEmpty() ? Format::dash() : QString::number(row.methodsRegistered.size());
    case PasswordAge: {
        const auto age = passwordAgeDays(rowIndex);
        return age ? tr("%n day(s)", nullptr, int(*age)) : Format::dash();
    }
    case Admin:
        if (!row.isAdmin)
            return Format::dash();
        return *row.isAdmin ? tr("Admin") : QString();
    default:
        return {};
    }
}

QVariant MailboxTableModel::toolTipData(const MailboxAssessment& row, int column) const
{
    switch (column) {
    case Verdict:
    case Setting:
        return QString(VerdictText::verdictMeaning(row.smtpAuth.verdict) + u"\n\n"_s +
                       VerdictText::reasonChain(row.smtpAuth));
    case Methods:
        return row.methodsRegistered.join(u", "_s);
    case LastSmtpSignIn:
    case SmtpSignIns:
        if (!row.smtpSignIns)
            return tr("The sign-in log could not be read (it needs Microsoft Entra ID P1).");
        return tr("%1 successful, %2 failed SMTP sign-ins in the window\nLast failure: %3\nSource addresses: %4")
            .arg(Format::count(row.smtpSignIns->smtpSuccess), Format::count(row.smtpSignIns->smtpFailure),
                 Format::dateTime(row.smtpSignIns->smtpLastFailure),
                 row.smtpSignIns->smtpSourceIps.isEmpty() ? Format::dash()
                                                          : row.smtpSignIns->smtpSourceIps.join(u", "_s));
    case Mailbox:
    case DisplayName:
        return QString(row.displayName + u"\n"_s + row.userPrincipalName);
    default:
        return {};
    }
}

QVariant MailboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Mailbox:
            return tr("Mailbox");
        case DisplayName:
            return tr("Display name");
        case Type:
            return tr("Type");
        case Setting:
            return tr("SMTP AUTH setting");
        case Verdict:
            return tr("Effective");
        case LastSmtpSignIn:
            return tr("Last SMTP sign-in");
        case SmtpSignIns:
            return tr("SMTP sign-ins");
        case Mfa:
            return tr("MFA");
        case Methods:
            return tr("Methods");
        case PasswordAge:
            return tr("Password age");
        case Admin:
            return tr("Role");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Setting:
            return tr("SmtpClientAuthenticationDisabled on the mailbox: enabled, disabled, or following the "
                      "organisation default");
        case Verdict:
            return tr("Whether a password works over SMTP AUTH once every policy is taken into account");
        case SmtpSignIns:
            return tr("Sign-ins with client app \"Authenticated SMTP\" in the audit's window");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString MailboxTableModel::quickFilterName(QuickFilter filter)
{
    switch (filter) {
    case EffectivelyOn:
        return tr("SMTP AUTH effectively on");
    case OnButIdle:
        return tr("On but idle");
    case NoMfa:
        return tr("No MFA");
    case StalePassword:
        return tr("Stale password");
    case Admins:
        return tr("Admins");
    }
    return {};
}

} // namespace smtpaudit::ui
