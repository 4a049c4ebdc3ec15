console.log("policy-annotator");
