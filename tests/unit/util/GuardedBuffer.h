#pragma once

// Test input placed so that its last byte sits right before an inaccessible page: a fast path that reads even
// one byte past the end of its input crashes the test instead of passing by luck.

#include <QtGlobal>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#else
#include <vector>
#endif

class GuardedBuffer
{
public:
    explicit GuardedBuffer(qsizetype capacity)
    {
#if defined(Q_OS_UNIX)
        const auto page = static_cast<qsizetype>(sysconf(_SC_PAGESIZE));
        m_usable = (capacity + page - 1) / page * page;
        m_size = m_usable + page;
        void* mapping =
            mmap(nullptr, static_cast<std::size_t>(m_size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapping == MAP_FAILED)
            qFatal("GuardedBuffer: mmap failed");
        m_base = static_cast<char*>(mapping);
        if (mprotect(m_base + m_usable, static_cast<std::size_t>(page), PROT_NONE) != 0)
            qFatal("GuardedBuffer: mprotect failed");
#else
        m_fallback.resize(static_cast<std::size_t>(capacity));
        m_base = m_fallback.data();
        m_usable = capacity;
#endif
    }
    ~GuardedBuffer()
    {
#if defined(Q_OS_UNIX)
        munmap(m_base, static_cast<std::size_t>(m_size));
#endif
    }
    GuardedBuffer(const GuardedBuffer&) = delete;
    GuardedBuffer& operator=(const GuardedBuffer&) = delete;

    // Copies `size` bytes so that they end at the guard page; returns where they start.
    void* place(const void* data, qsizetype size)
    {
        if (size > m_usable)
            qFatal("GuardedBuffer: %lld bytes do not fit", static_cast<long long>(size));
        char* at = m_base + m_usable - size;
        if (size > 0)
            std::memcpy(at, data, static_cast<std::size_t>(size));
        return at;
    }

private:
    char* m_base = nullptr;
    qsizetype m_usable = 0;
    qsizetype m_size = 0;
#if !defined(Q_OS_UNIX)
    std::vector<char> m_fallback;
#endif
};
