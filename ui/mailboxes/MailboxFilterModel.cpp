#include "MailboxFilterModel.h"

#include "MailboxTableModel.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

MailboxFilterModel::MailboxFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

void MailboxFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    beginResetModel();
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = qobject_cast<MailboxTableModel*>(sourceModel);
    Q_ASSERT(!sourceModel || m_source);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        m_connections << connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &MailboxFilterModel::beginResetModel);
        m_connections << connect(m_source, &QAbstractItemModel::modelReset, this, &MailboxFilterModel::onSourceReset);
        m_connections << connect(m_source, &QAbstractItemModel::dataChanged, this,
                                 &MailboxFilterModel::onSourceDataChanged);
        m_connections << connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                                 &MailboxFilterModel::headerDataChanged);
    }
    rebuildOrder();
    applyFilter(false);
    endResetModel();
}

void MailboxFilterModel::onSourceReset()
{
    rebuildOrder();
    applyFilter(false);
    endResetModel();
    emit filterApplied(int(m_rows.size()));
}

void MailboxFilterModel::onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                             const QList<int>& roles)
{
    // The mailbox model never edits rows after a reset; forward the change row by row for the visible ones.
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int proxyRow = m_proxyOfSource[size_t(r)];
        if (proxyRow >= 0)
            emit dataChanged(index(proxyRow, topLeft.column()), index(proxyRow, bottomRight.column()), roles);
    }
}

void MailboxFilterModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    const bool narrows = !m_text.isEmpty() && text.startsWith(m_text);
    m_text = text;
    m_terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
    beginResetModel();
    applyFilter(narrows);
    endResetModel();
    emit filterApplied(int(m_rows.size()));
}

void MailboxFilterModel::setQuickFilters(quint32 filters)
{
    if (filters == m_quick)
        return;
    const bool narrows = (filters & m_quick) == m_quick;
    m_quick = filters;
    beginResetModel();
    applyFilter(narrows);
    endResetModel();
    emit filterApplied(int(m_rows.size()));
}

void MailboxFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<int, int>> sourceCells; // (source row, column) behind each persistent index
    sourceCells.reserve(before.size());
    for (const QModelIndex& idx : before)
        sourceCells.append({m_rows[size_t(idx.row())], idx.column()});

    rebuildOrder();
    // Re-filter in the new order; the set of visible rows does not change.
    applyFilter(false);

    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [sourceRow, column2] : std::as_const(sourceCells)) {
        const int proxyRow = m_proxyOfSource[size_t(sourceRow)];
        after.append(proxyRow >= 0 ? index(proxyRow, column2) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void MailboxFilterModel::rebuildOrder()
{
    const int n = m_source ? m_source->rowCount() : 0;
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0 && n > 1) {
        const int column = m_sortColumn;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(m_order.begin(), m_order.end(), [this, column, descending](int a, int b) {
            const int c = m_source->compare(a, b, column);
            return descending ? c > 0 : c < 0;
        });
    }
}

bool MailboxFilterModel::accepts(int sourceRow) const
{
    if ((m_source->quickFlags(sourceRow) & m_quick) != m_quick)
        return false;
    const QStringView text = m_source->searchText(sourceRow);
    for (const QString& term : m_terms)
        if (!text.contains(term))
            return false;
    return true;
}

void MailboxFilterModel::applyFilter(bool narrowOnly)
{
    const size_t n = m_source ? size_t(m_source->rowCount()) : 0;
    std::vector<int> rows;
    if (!m_source) {
        // nothing
    } else if (m_terms.isEmpty() && m_quick == 0) {
        rows = m_order;
    } else {
        const std::vector<int>& candidates = narrowOnly ? m_rows : m_order;
        rows.reserve(candidates.size());
        for (const int r : candidates)
            if (accepts(r))
                rows.push_back(r);
    }
    m_rows = std::move(rows);
    m_proxyOfSource.assign(n, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_proxyOfSource[size_t(m_rows[i])] = int(i);
}

QModelIndex MailboxFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_source->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex MailboxFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int proxyRow = m_proxyOfSource[size_t(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

QModelIndex MailboxFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MailboxFilterModel::parent(const QModelIndex& child) const
{
    Q_UNUSED(child);
    return {};
}

QModelIndex MailboxFilterModel::sibling(int row, int column, const QModelIndex& idx) const
{
    Q_UNUSED(idx);
    return index(row, column);
}

int MailboxFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailboxFilterModel::columnCount(const QModelIndex& parent) const
{
    return (parent.isValid() || !m_source) ? 0 : m_source->columnCount();
}

bool MailboxFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant MailboxFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace smtpaudit::ui
