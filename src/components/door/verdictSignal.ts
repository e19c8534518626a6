/**
 * A verdict felt and heard as well as seen, for staff whose eyes are on the queue: a short buzz
 * and a high beep when the ticket is let in, a double buzz and two low beeps when it is refused.
 * Only in addition to the page's text (shown and announced), never instead of it. WebAudio makes
 * the sound (no file, nothing for the CSP to allow); phones without a vibrator just beep.
 */
let audio: AudioContext | null = null

/** Call on a press: browsers let a page make sound only once a person has used it. */
export function prepareVerdictSignal(): void {
  try {
    audio ??= new AudioContext()
    void audio.resume().catch(() => undefined)
  } catch {
    audio = null
  }
}

const TONES = {
  accepted: [{ frequency: 1_046, start: 0, duration: 0.12 }],
  refused: [
    { frequency: 262, start: 0, duration: 0.14 },
    { frequency: 262, start: 0.2, duration: 0.14 },
  ],
}

export function signalVerdict(accepted: boolean): void {
  navigator.vibrate?.(accepted ? 80 : [150, 80, 150])
  if (!audio || audio.state !== 'running') return
  const now = audio.currentTime
  for (const { frequency, start, duration } of TONES[accepted ? 'accepted' : 'refused']) {
    const oscillator = audio.createOscillator()
    const volume = audio.createGain()
    oscillator.type = accepted ? 'sine' : 'square'
    oscillator.frequency.value = frequency
    // Faded out rather than cut, which clicks; quiet enough beside a screen reader.
    volume.gain.setValueAtTime(0.12, now + start)
    volume.gain.exponentialRampToValueAtTime(0.001, now + start + duration)
    oscillator.connect(volume).connect(audio.destination)
    oscillator.start(now + start)
    oscillator.stop(now + start + duration)
  }
}
