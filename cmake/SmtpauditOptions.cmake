# One INTERFACE target carries the language level, warnings and Qt strictness for every target,
# tests included (the qBittorrent pattern).
add_library(smtpaudit_options INTERFACE)
target_compile_features(smtpaudit_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(smtpaudit_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SMTPAUDIT_VERSION="${PROJECT_VERSION}")
target_compile_options(smtpaudit_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual -Wformat=2)
if(SMTPAUDIT_WERROR)
    target_compile_options(smtpaudit_options INTERFACE -Werror)
endif()

# Sanitizer builds (the `asan` preset) set SMTPAUDIT_SANITIZE=address;undefined.
set(SMTPAUDIT_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address;undefined")
if(SMTPAUDIT_SANITIZE)
    list(JOIN SMTPAUDIT_SANITIZE "," _san)
    target_compile_options(smtpaudit_options INTERFACE -fsanitize=${_san} -fno-omit-frame-pointer)
    target_link_options(smtpaudit_options INTERFACE -fsanitize=${_san})
endif()
