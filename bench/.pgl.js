const t0=performance.now(); const c0=process.cpuUsage();
const {PGlite}=require('@electric-sql/pglite');
const {pg_trgm}=require('@electric-sql/pglite/contrib/pg_trgm');
const m=(n)=>{const c=process.cpuUsage(c0);console.log(n, Math.round(performance.now()-t0),'ms cpu',Math.round((c.user+c.system)/1000))};
m('require');
(async()=>{
 const opts = process.argv[3]==='noext'?{}:{extensions:{pg_trgm}};
 const db=await PGlite.create(process.argv[2], opts); m('create');
 await db.query('select 1'); m('q');
 if (process.argv[4]==='dump'){ const f=await db.dumpDataDir('gzip'); require('fs').writeFileSync('/tmp/tpl.tgz', Buffer.from(await f.arrayBuffer())); m('dump '+f.size);}
 await db.close(); m('close');
})();
