#pragma once

#include "audit/CredentialRotation.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>

namespace smtpaudit::ui {

// Where a credential stands relative to "now" and the warning period.
enum class RotationStatus
{
    Overdue,
    DueSoon, // within the warning period
    Scheduled,
};

struct RotationSummary
{
    int overdue = 0;
    int dueSoon = 0;
    int total = 0;
    QStringList dueSubjects; // overdue first, then due soon; for the tray message

    bool needsAttention() const { return overdue + dueSoon > 0; }
};

// Days left are recomputed from `now` (a saved audit's own numbers age), whole days, negative = overdue.
class RotationSchedule
{
    Q_DECLARE_TR_FUNCTIONS(RotationSchedule)

public:
    static qint64 daysLeft(const RotationItem& item, const QDateTime& now);
    static RotationStatus status(const RotationItem& item, const QDateTime& now, int warningDays);
    static RotationSummary summarise(const QList<RotationItem>& items, const QDateTime& now, int warningDays);
    // The tray notification's text; empty when nothing needs attention.
    static QString notificationText(const RotationSummary& summary, int warningDays);
    static QString kindText(RotationItem::Kind kind);
    static QString statusText(RotationStatus status);
};

// The credentials of an audit, soonest due first.
class RotationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        DaysLeft,
        Due,
        Kind,
        Subject,
        Credential,
        LastChanged,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1,
        DaysLeftRole,
    };

    explicit RotationModel(QObject* parent = nullptr);

    void setItems(QList<RotationItem> items, const QDateTime& now, int warningDays);
    const QList<RotationItem>& items() const { return m_items; }
    const RotationItem& item(int row) const { return m_items.at(row); }
    QDateTime now() const { return m_now; }
    int warningDays() const { return m_warningDays; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RotationItem> m_items;
    QDateTime m_now;
    int m_warningDays = 30;
};

} // namespace smtpaudit::ui
