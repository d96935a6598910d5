#pragma once

#include <QList>
#include <QtGlobal>

namespace smtpaudit {

// Turns Nagle's algorithm off on this process's TCP connections to a given port.
//
// Why: Qt 6.4's QNetworkAccessManager leaves Nagle on for its sockets and offers no way to reach them. With
// Nagle on, a small write that follows one not yet acknowledged waits for that ACK, and the receiver delays
// its ACKs (up to 40 ms on Linux, 200 ms on Windows): a $batch POST's body waits behind its headers, and on
// a shared HTTP/2 connection one stream's request behind another's. Measured on the large sample tenant,
// each per-user MFA $batch spent about 10 ms more on the wire than the server took to answer it. libcurl
// sets TCP_NODELAY by default since 7.50.2 for the same reason (small POSTs: dotnet/corefx#15354).
//
// How: the sockets are found by descriptor (/proc/self/fd on Linux, /dev/fd on the BSDs and macOS) and
// matched by peer port. TCP_NODELAY changes only when segments leave, never what is sent, so a socket of
// another part of the process that happens to match is not harmed. Elsewhere (Windows) nothing is found.
namespace LowDelaySockets {

struct TcpSocket
{
    int descriptor = -1;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    bool lowDelay = false; // TCP_NODELAY is set
};

// This process's connected TCP sockets (IPv4 and IPv6).
QList<TcpSocket> connectedTcpSockets();

// Sets TCP_NODELAY on each connected TCP socket whose peer port is `peerPort`; returns how many it newly set.
int enableForPeerPort(quint16 peerPort);

} // namespace LowDelaySockets

} // namespace smtpaudit
