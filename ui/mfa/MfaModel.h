#pragma once

#include "MfaCoverage.h"

#include <QAbstractTableModel>

namespace smtpaudit::ui {

// The accounts of the MFA view inside the chosen scope (shared/room/disabled/guest excluded by default);
// administrators are highlighted.
class MfaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Account,
        DisplayName,
        Kind,
        Registered,
        Capable,
        Methods,
        PerUser,
        Enforcement,
        Admin,
        ColumnCount
    };
    enum Role
    {
        UpnRole = Qt::UserRole + 1,
        IsAdminRole,
    };

    explicit MfaModel(QObject* parent = nullptr);

    void setAccounts(QList<MfaAccount> accounts);
    void setScope(const MfaScope& scope);
    const MfaScope& scope() const { return m_scope; }
    const QList<MfaAccount>& allAccounts() const { return m_all; }
    const MfaAccount& account(int row) const { return m_all.at(m_rows.at(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const MfaAccount& account);

private:
    void rebuildRows();

    QList<MfaAccount> m_all;
    QList<int> m_rows;
    MfaScope m_scope;
};

} // namespace smtpaudit::ui
