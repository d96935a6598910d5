#pragma once

#include "signins/SignInView.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace smtpaudit::ui {

// The sign-in events of a view as a read-only table, newest first. Rows map to store rows; cells are
// resolved on demand from the store's columns, so 300,000 events cost the view's 4 bytes per row.
class SignInEventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        ClientApp,
        Result,
        Reason,
        IpAddress,
        Country,
        Auth,
        ColumnCount
    };

    enum Role
    {
        StoreRowRole = Qt::UserRole + 1,
        SuccessRole,
    };

    explicit SignInEventModel(QObject* parent = nullptr);

    // `view` must be a view of `store`; the model keeps the store alive.
    void setView(std::shared_ptr<const SignInStore> store, std::optional<SignInView> view);
    const SignInView* view() const { return m_view ? &*m_view : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString authKindText(AuthKind kind);

private:
    QVariant display(std::size_t storeRow, int column) const;

    std::shared_ptr<const SignInStore> m_store;
    std::optional<SignInView> m_view;
};

} // namespace smtpaudit::ui
