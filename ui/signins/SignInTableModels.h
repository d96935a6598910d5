#pragma once

#include "signins/SignInAggregations.h"
#include "signins/SprayDetector.h"

#include <QAbstractTableModel>

#include <vector>

namespace smtpaudit::ui {

// Failure reasons by status.errorCode, with Microsoft's name and our explanation of each code.
class FailureReasonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Count,
        Name,
        Explanation,
        ColumnCount
    };

    explicit FailureReasonModel(QObject* parent = nullptr);
    void setReasons(std::vector<SignInErrorCount> reasons);
    const SignInErrorCount& reason(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SignInErrorCount> m_rows;
};

// Password-spray bursts: one address failing against many accounts in a short time.
class SprayBurstModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Start,
        IpAddress,
        Country,
        Users,
        Failures,
        Successes,
        Duration,
        Sample,
        ColumnCount
    };

    explicit SprayBurstModel(QObject* parent = nullptr);
    void setBursts(std::vector<SprayBurst> bursts);
    const SprayBurst& burst(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SprayBurst> m_rows;
};

} // namespace smtpaudit::ui
