#include "dicom/DcmtkSetup.h"

#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <cstdlib>
#include <mutex>

namespace scanshield::dicom {

namespace {

void loadDictionaryIfMissing()
{
    if (dcmDataDict.isDictionaryLoaded())
        return;
    // The Debian package puts the dictionary here; a bundled build sets DCMDICTPATH instead.
    DcmDataDictionary& dict = dcmDataDict.wrlock();
    dict.loadDictionary(SCANSHIELD_DCMTK_DICT_FALLBACK);
    dcmDataDict.wrunlock();
}

} // namespace

void ensureDcmtkReady()
{
    static std::once_flag once;
    std::call_once(once, [] {
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
        loadDictionaryIfMissing();
        DcmRLEDecoderRegistration::registerCodecs();
        DJDecoderRegistration::registerCodecs();
        DJLSDecoderRegistration::registerCodecs();
    });
}

bool dictionaryLoaded()
{
    return dcmDataDict.isDictionaryLoaded();
}

} // namespace scanshield::dicom
