#include "CliSupport.h"

#include <cstdio>

namespace smtpaudit::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString& message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

} // namespace smtpaudit::cli
