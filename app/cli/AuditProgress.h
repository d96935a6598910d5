#pragma once

#include "audit/run/AuditRun.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

namespace smtpaudit::cli {

// SIGINT/SIGTERM cancel the audit (self-pipe: the handler only writes a byte).
void cancelOnTerminationSignals(AuditRun& run);

// One line on stderr, redrawn in place while the audit runs, when stderr is a terminal: a bar, collectors
// done, objects read, the ETA and the collector still busy.
class ProgressLine : public QObject
{
    // Not QObject::tr: the strings belong to the "AuditCommand" context like the rest of the command.
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    explicit ProgressLine(AuditRun& run);
    ~ProgressLine() override;

    void clear();

private:
    void draw();

    AuditRun& m_run;
    QTimer m_timer;
    int m_width = 0;
    bool m_drawn = false;
};

} // namespace smtpaudit::cli
