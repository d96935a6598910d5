#include "sample/server/ServerConnection.h"

#include <QAbstractSocket>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace smtpaudit::sample {

void ServerConnection::resetOnClose(QAbstractSocket& socket)
{
    const qintptr descriptor = socket.socketDescriptor();
    if (descriptor < 0)
        return;
    struct linger option = {1, 0};
#if defined(Q_OS_WIN)
    ::setsockopt(static_cast<SOCKET>(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&option),
                 sizeof option);
#else
    ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
}

} // namespace smtpaudit::sample
