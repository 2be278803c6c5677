export default defineBackground(() => {
  // Wiring only; counters and policy arrive with their issues.
});
