#pragma once

#include "audit/Finding.h"

#include <QAbstractItemModel>

namespace smtpaudit::ui {

// Findings grouped by best practice: a practice row (BP01..BP16, in order) with its findings as children,
// highest severity first. Practices without a finding are left out.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Severity,
        Kind,
        Affected,
        ColumnCount
    };
    enum Role
    {
        FindingIdRole = Qt::UserRole + 1,
        PracticeIdRole,
        SeverityRole, // int(Severity); the worst issue's for a practice row
        IsPracticeRole,
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(QList<Finding> findings);
    // Only Issue findings (not informational, guidance or not-checked).
    void setIssuesOnly(bool issuesOnly);
    bool issuesOnly() const { return m_issuesOnly; }

    // nullptr for practice rows and invalid indexes.
    const Finding* finding(const QModelIndex& index) const;
    QModelIndex indexOfFinding(const QString& findingId) const;
    QModelIndex indexOfPractice(const QString& practiceId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(FindingKind kind);

private:
    struct Group
    {
        QString practiceId;
        QList<int> findings; // indexes into m_findings
        std::optional<smtpaudit::Severity> worstIssue;
        int issues = 0;
    };
    void regroup();
    QVariant practiceData(const Group& group, int column, int role) const;
    QVariant findingData(const Finding& finding, int column, int role) const;

    QList<Finding> m_findings;
    QList<Group> m_groups;
    bool m_issuesOnly = false;
};

} // namespace smtpaudit::ui
