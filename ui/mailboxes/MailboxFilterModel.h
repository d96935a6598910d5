#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace smtpaudit::ui {

class MailboxTableModel;

// Filter and sort over MailboxTableModel, built for 100,000 rows: a keystroke scans the precomputed
// lower-case search text in the current sort order (no re-sort, no QVariant), and when the new text only
// narrows the old one (typing on), only the rows still shown are scanned. QSortFilterProxyModel emits a
// remove per contiguous range and re-sorts through data(), which is what made this necessary.
// A filter change resets the proxy; a sort keeps persistent indexes (selection survives a header click).
class MailboxFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit MailboxFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    MailboxTableModel* mailboxModel() const { return m_source; }

    // Whitespace-separated terms, all of which must occur (case-insensitive).
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    // MailboxTableModel::QuickFilter bits, all of which must be set on a row.
    void setQuickFilters(quint32 filters);
    quint32 quickFilters() const { return m_quick; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int sourceRow(int proxyRow) const { return m_rows[size_t(proxyRow)]; }

signals:
    void filterApplied(int visibleRows);

private:
    void rebuildOrder();
    void applyFilter(bool narrowOnly);
    bool accepts(int sourceRow) const;
    void onSourceReset();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    MailboxTableModel* m_source = nullptr;
    QString m_text;
    QStringList m_terms; // lower-case
    quint32 m_quick = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;         // every source row in sort order
    std::vector<int> m_rows;          // visible source rows, in sort order
    std::vector<int> m_proxyOfSource; // source row -> proxy row, -1 when hidden
    QList<QMetaObject::Connection> m_connections;
};

} // namespace smtpaudit::ui
