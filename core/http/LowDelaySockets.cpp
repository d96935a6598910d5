#include "http/LowDelaySockets.h"

#include <optional>

#if defined(Q_OS_UNIX)
#include <arpa/inet.h>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

namespace smtpaudit::LowDelaySockets {

#if defined(Q_OS_UNIX)

namespace {

const char* descriptorDirectory()
{
#if defined(Q_OS_LINUX)
    return "/proc/self/fd";
#else
    return "/dev/fd";
#endif
}

quint16 portOf(const sockaddr_storage& address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in&>(address).sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6&>(address).sin6_port);
    return 0;
}

// The connected TCP socket behind `descriptor`, if it is one.
std::optional<TcpSocket> inspect(int descriptor)
{
    int type = 0;
    socklen_t length = sizeof type;
    if (getsockopt(descriptor, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return std::nullopt;
    sockaddr_storage local{};
    length = sizeof local;
    if (getsockname(descriptor, reinterpret_cast<sockaddr*>(&local), &length) != 0 ||
        (local.ss_family != AF_INET && local.ss_family != AF_INET6))
        return std::nullopt;
    sockaddr_storage peer{};
    length = sizeof peer;
    if (getpeername(descriptor, reinterpret_cast<sockaddr*>(&peer), &length) != 0)
        return std::nullopt; // listening or not yet connected
    int noDelay = 0;
    length = sizeof noDelay;
    if (getsockopt(descriptor, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length) != 0)
        return std::nullopt;
    return TcpSocket{descriptor, portOf(local), portOf(peer), noDelay != 0};
}

} // namespace

QList<TcpSocket> connectedTcpSockets()
{
    QList<TcpSocket> sockets;
    DIR* directory = opendir(descriptorDirectory());
    if (!directory)
        return sockets;
    const int own = dirfd(directory);
    while (const dirent* entry = readdir(directory)) {
        char* end = nullptr;
        const long descriptor = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || descriptor == own)
            continue;
        if (const std::optional<TcpSocket> socket = inspect(static_cast<int>(descriptor)))
            sockets.append(*socket);
    }
    closedir(directory);
    return sockets;
}

int enableForPeerPort(quint16 peerPort)
{
    int enabled = 0;
    for (const TcpSocket& socket : connectedTcpSockets()) {
        if (socket.peerPort != peerPort || socket.lowDelay)
            continue;
        const int on = 1;
        if (setsockopt(socket.descriptor, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++enabled;
    }
    return enabled;
}

#else

QList<TcpSocket> connectedTcpSockets()
{
    return {};
}

int enableForPeerPort(quint16)
{
    return 0;
}

#endif

} // namespace smtpaudit::LowDelaySockets
