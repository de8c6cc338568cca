/**
 * Offices' own recordings of the shipped telephone prompts: uploaded by an office's administrator,
 * checked to be WAV the telephony engine plays (8 kHz mono, 16-bit PCM, µ-law or A-law), and kept
 * as files under {@code {data.dir}/prompts/offices/{OFFICE}/{name}.wav}, where the call handling
 * looks for them before the shipped prompt. The shipped set is {@code contactcenter.prompt.PromptSet}.
 */
package pl.infolinia.server.prompt;
