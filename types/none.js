// Types only: see react.d.ts, vue.d.ts, svelte.d.ts. A plain `import` of those subpaths loads this empty module.
