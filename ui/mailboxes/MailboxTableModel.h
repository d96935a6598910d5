#pragma once

#include "audit/AuditResult.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <memory>
#include <vector>

namespace smtpaudit::ui {

// The mailboxes of one audit as a flat table (no per-row widgets). Sort keys, quick-filter flags and the
// lower-case search text are computed once per audit, so filtering and sorting 100,000 rows never go
// through QVariant (MailboxFilterModel reads them directly).
class MailboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Mailbox,
        DisplayName,
        Type,
        Setting,
        Verdict,
        LastSmtpSignIn,
        SmtpSignIns,
        Mfa,
        Methods,
        PasswordAge,
        Admin,
        ColumnCount
    };

    enum Role
    {
        UpnRole = Qt::UserRole + 1,
        VerdictRole,     // int(SmtpAuthVerdict)
        ReasonChainRole, // the verdict's reasons, one per line
        QuickFlagsRole,  // QuickFilters as uint
        SortKeyRole,     // a value that sorts like the column
    };

    // Quick filters combine with AND.
    enum QuickFilter : quint32
    {
        EffectivelyOn = 1u << 0, // verdict "enabled": a password works over SMTP
        OnButIdle = 1u << 1,     // protocol on (enabled or OAuth only), no SMTP sign-in in the window
        NoMfa = 1u << 2,         // MFA not registered
        StalePassword = 1u << 3, // password older than the rotation period
        Admins = 1u << 4,        // holds an admin role
    };

    explicit MailboxTableModel(QObject* parent = nullptr);

    void setAudit(std::shared_ptr<const AuditResult> audit);
    const AuditResult* audit() const { return m_audit.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const MailboxAssessment& mailbox(int row) const;
    quint32 quickFlags(int row) const { return m_keys[size_t(row)].flags; }
    // Lower-case display name, UPN, type, setting, verdict and policy: what the filter box searches.
    QStringView searchText(int row) const { return m_keys[size_t(row)].haystack; }
    // <0, 0, >0 like strcmp, by the column's natural order (dates and numbers as such).
    int compare(int rowA, int rowB, int column) const;
    int rowOfUpn(const QString& userPrincipalName) const; // -1 if absent
    std::optional<qint64> passwordAgeDays(int row) const;

    static QString quickFilterName(QuickFilter filter);

private:
    struct RowKeys
    {
        QString upn;  // lower-case
        QString name; // lower-case
        QString haystack;
        qint64 lastSmtpMs = -1;
        qint64 smtpTotal = -1;
        qint64 passwordAge = -1;
        quint32 flags = 0;
        qint8 setting = 0;
        qint8 verdict = 0;
        qint8 mfa = 0;
        qint8 admin = 0;
        qint8 methods = 0;
    };
    RowKeys keysFor(const MailboxAssessment& row) const;
    QVariant displayData(const MailboxAssessment& row, int column, int rowIndex) const;
    QVariant toolTipData(const MailboxAssessment& row, int column) const;

    std::shared_ptr<const AuditResult> m_audit;
    std::vector<RowKeys> m_keys;
    QHash<QString, int> m_rowByUpn;
};

} // namespace smtpaudit::ui
