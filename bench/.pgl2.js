const t0=performance.now(); const c0=process.cpuUsage();
const {PGlite}=require('@electric-sql/pglite');
const m=(n)=>{const c=process.cpuUsage(c0);console.log(n, Math.round(performance.now()-t0),'ms cpu',Math.round((c.user+c.system)/1000))};
(async()=>{
 const sp = process.argv[3] ? [...PGlite.defaultStartParams, '-c', 'shared_buffers='+process.argv[3]] : undefined;
 const db=await PGlite.create(process.argv[2], sp?{startParams: sp}:{}); m('create');
 console.log((await db.query('show shared_buffers')).rows);
 await db.close(); m('close');
})();
