# smtpaudit_add_test(<Name> SOURCES ... [LIBS ...] [LABELS ...] [KEYRING] [XVFB] [TIMEOUT s] [ENV ...])
# One executable per class, registered with CTest. Every test runs with QT_QPA_PLATFORM=offscreen (XVFB:
# under xvfb-run on the xcb platform instead), its own HOME/XDG directories (no test touches the user's
# settings) and, with KEYRING, inside a private D-Bus session with an unlocked gnome-keyring.
set(SMTPAUDIT_TEST_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/../scripts)

function(smtpaudit_add_test name)
    cmake_parse_arguments(ARG "KEYRING;XVFB" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;ARGS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE smtpaudit_options Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)

    set(command $<TARGET_FILE:${name}> ${ARG_ARGS})
    if(ARG_KEYRING)
        list(PREPEND command ${SMTPAUDIT_TEST_SCRIPTS}/with-keyring.sh)
    endif()
    if(ARG_XVFB)
        list(PREPEND command xvfb-run -a -s "-screen 0 1600x1000x24")
        set(platform xcb)
    else()
        set(platform offscreen)
    endif()
    add_test(NAME ${name} COMMAND ${command})

    set(home ${CMAKE_BINARY_DIR}/test-home/${name})
    file(MAKE_DIRECTORY ${home})
    set(env
        QT_QPA_PLATFORM=${platform}
        HOME=${home}
        XDG_CONFIG_HOME=${home}/config
        XDG_DATA_HOME=${home}/data
        XDG_CACHE_HOME=${home}/cache
        XDG_RUNTIME_DIR=${home}/runtime
        SMTPAUDIT_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        SMTPAUDIT_BINARY_DIR=${CMAKE_BINARY_DIR}
        ${ARG_ENV})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
endfunction()

# smtpaudit_add_script_test(<Name> COMMAND ... [LABELS ...]) for checks that are scripts, not classes.
function(smtpaudit_add_script_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "COMMAND;LABELS" ${ARGN})
    add_test(NAME ${name} COMMAND ${ARG_COMMAND})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT})
endfunction()
