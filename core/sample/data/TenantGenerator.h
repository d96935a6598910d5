#pragma once

#include "sample/data/TenantModel.h"

namespace smtpaudit::sample {

// Builds a sample tenant from options alone: the same options (seed included) give a byte-identical
// model, so tests and ground-truth files are reproducible.
class TenantGenerator
{
public:
    struct SizeProfile
    {
        int mailboxes = 0;
        int guests = 0;
        int unlicensed = 0;
        int applications = 0;
        int sprayBursts = 0;
        int sprayTargets = 0; // users hit per burst
    };

    static SizeProfile profile(const TenantOptions& options);
    static TenantModel generate(const TenantOptions& options);
};

// Fills model.signIns (defined in SignInGenerator.cpp); called by TenantGenerator::generate.
void generateSignIns(TenantModel& model, quint64 seed);

} // namespace smtpaudit::sample
