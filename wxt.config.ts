import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: '.',
  manifest: {
    name: 'Second Look',
    description: 'Warns clinicians before they post patient information or unprofessional content. Everything stays on your device.',
    permissions: ['storage'],
  },
});
