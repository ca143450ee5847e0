/**
 * The sound and the buzz of a scan's outcome, as a handheld's own scanner app gives them: a short high
 * beep for a good scan, a low double buzz for a wrong one. The sound is made by the Web Audio API (an
 * oscillator, no audio files to download or cache); a device without it, or a browser that has not been
 * touched yet (autoplay rules), simply stays silent.
 */
export type Tone = 'ok' | 'bad';

let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    return context;
  } catch {
    return undefined;
  }
}

function beep(ctx: AudioContext, frequency: number, start: number, seconds: number, type: OscillatorType): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.2, ctx.currentTime + start);
  gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + start + seconds);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(ctx.currentTime + start);
  oscillator.stop(ctx.currentTime + start + seconds);
}

export function signal(tone: Tone): void {
  const ctx = audio();
  if (ctx) {
    if (tone === 'ok') beep(ctx, 1320, 0, 0.12, 'sine');
    else {
      beep(ctx, 220, 0, 0.18, 'square');
      beep(ctx, 180, 0.22, 0.25, 'square');
    }
  }
  try {
    navigator.vibrate?.(tone === 'ok' ? 60 : [120, 80, 220]);
  } catch {
    // A browser without vibration (or refusing it before a tap) only beeps.
  }
}
