# Identity: clouds, credentials, tokens, profiles, permission checks (core/identity/CMakeLists.txt
# includes this file; paths are relative to core/identity).
target_sources(smtpaudit_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuthCodeCredential.h
    ${CMAKE_CURRENT_LIST_DIR}/AuthCodeCredential.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClientAssertion.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientAssertion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClientCertificate.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientCertificate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CloudEnvironment.h
    ${CMAKE_CURRENT_LIST_DIR}/CloudEnvironment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProfile.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Credential.h
    ${CMAKE_CURRENT_LIST_DIR}/Credential.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DelegatedCredential.h
    ${CMAKE_CURRENT_LIST_DIR}/DelegatedCredential.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeviceCodeCredential.h
    ${CMAKE_CURRENT_LIST_DIR}/DeviceCodeCredential.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LoopbackRedirectListener.h
    ${CMAKE_CURRENT_LIST_DIR}/LoopbackRedirectListener.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OAuthClient.h
    ${CMAKE_CURRENT_LIST_DIR}/OAuthClient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PermissionCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/PermissionCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Pkce.h
    ${CMAKE_CURRENT_LIST_DIR}/Pkce.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProfileStore.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenClaims.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenClaims.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenProvider.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenProvider.cpp
)
