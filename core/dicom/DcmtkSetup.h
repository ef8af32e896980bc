#pragma once

namespace scanshield::dicom {

// Prepares DCMTK once per process: the data dictionary is loaded (DCMDICTPATH, else the
// Debian location), the decoders for RLE, JPEG and JPEG-LS are registered, and DCMTK's own
// logging is silenced so that library chatter never reaches a person's screen or our JSON.
// Safe to call from any thread, any number of times.
void ensureDcmtkReady();

// True when DCMTK's data dictionary is loaded; without it no tag has a name or a VR.
bool dictionaryLoaded();

} // namespace scanshield::dicom
