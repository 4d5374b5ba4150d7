// Generated from the gateway's served OpenAPI document by `npm run client:generate`
// (scripts/generate-client.ts, openapi-typescript). Do not edit.

export interface paths {
    "/api/v1/prompt/enhance-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enhance Prompt
         * @description Enhance an existing prompt to create more beautiful and professional image generation results.
         *
         *     This endpoint takes a basic image generation prompt and transforms it into a detailed, professional photography description with rich visual details, lighting conditions, and atmospheric elements.
         *
         *     Args:
         *
         *       • prompt : The original basic prompt to enhance
         *       • temperature (float): Temperature for prompt generation (0.0-2.0), controls randomness
         *       • model_provider : Model provider to use ("openai" or "gemini")
         *
         *     Returns: Json response with success status and the result containing the generated prompt and metadata.
         */
        post: operations["enhancePrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prompt/adapt-background-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prompt Background Adapt
         * @description Generate a prompt to adapt an existing background image for specific audience and location.
         *
         *     This endpoint creates concise prompts that describe how to modify an existing background image with location-specific color palettes, visual elements, and mood that resonates with the target audience.
         *
         *     Args:
         *
         *       • audience : Target audience for the image (e.g., "families", "young adults", "professionals")
         *       • location : Geographic location for the image (e.g., "Paris", "Tokyo", "Morocco")
         *       • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.
         *       • model_provider : Model provider to use ("openai" or "gemini")
         *
         *     Returns: Json response with success status and the result containing the generated prompt and metadata.
         */
        post: operations["promptBackgroundAdapt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prompt/generate-background-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prompt Generate Background
         * @description Generate a prompt to create a background image from scratch for specific audience and location.
         *
         *     This endpoint creates detailed prompts for generating background images that capture the essence of a specific location while appealing to the target audience's preferences.
         *
         *     Args:
         *
         *       • audience : Target audience for the image (e.g., "families", "children", "seniors")
         *       • location : Geographic location for the image (e.g., "Southern France", "Japan", "Italy")
         *       • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.
         *       • model_provider : Model provider to use ("openai" or "gemini")
         *
         *     Returns: Json response with success status and the result containing the generated prompt and metadata.
         */
        post: operations["promptGenerateBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prompt/generate-image-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prompt Generate Image Creation
         * @description Generate a prompt for image creation from scratch for specific audience and location.
         *
         *     This endpoint creates detailed prompts for generating complete images that resonate with the target audience and capture the essence of a specific location.
         *
         *     Args:
         *
         *       • audience : Target audience for the image (e.g., "families", "young adults", "professionals")
         *       • location : Geographic location for the image (e.g., "Paris", "Tokyo", "Morocco")
         *       • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.
         *       • model_provider : Model provider to use ("openai" or "gemini")
         *
         *     Returns: Json response with success status and the result containing the generated prompt and metadata.
         */
        post: operations["promptGenerateImageCreation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prompt/adapt-subject-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prompt Adapt Subject
         * @description Generate a prompt for a custom model based on subject, target audience, and location.
         *
         *     This endpoint creates image generation prompts specifically tailored to generate images of the specified subject that resonate with the specified audience in the given location context.
         *
         *     Args:
         *
         *       • subject : Main subject for the image (e.g., "cat", "dog", "person")
         *       • audience : Target audience for the image (e.g., "families", "professionals", "children")
         *       • location : Geographic location for the image (e.g., "Paris", "Tokyo", "New York")
         *       • model_provider : Model provider to use ("openai" or "gemini")
         *       • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.
         *
         *     Returns: Json response with success status and the result containing the generated prompt and metadata.
         */
        post: operations["promptAdaptSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prompt/generate-subject-pose-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prompt Generate Subject Pose
         * @description Generate a detailed image generation prompt for a subject in a specific pose and viewshot.
         *
         *     This endpoint creates prompts for generating images of subjects with unique poses and viewshot angles, ensuring the subject is complete and fully visible against a pure white background.
         *
         *     Args:
         *
         *       • subject : The subject to generate a pose prompt for (e.g., "cat", "dog", "person")
         *       • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.
         *       • model_provider : Model provider to use ("openai" or "gemini")
         *
         *     Returns: Json response with success status and the result containing the generated prompt and metadata.
         */
        post: operations["promptGenerateSubjectPose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caption/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Caption Image
         * @description Generate a caption for an image from a URL.
         *
         *     Args:
         *
         *       • image_url: URL of the image to caption.
         *       • Example: https://images.pexels.com/photos/31976103/pexels- photo-31976103.jpeg
         *       • mode: Captioning mode (simple, expert, image_tagging)
         *       • model_provider: Model provider (openai or gemini)
         *       • nbr_tags: Number of tags to generate (only relevant for image tagging mode).
         *       • possible_tags: List of possible tags to generate (only relevant for image tagging mode).
         *       • access_token: API key for authentication.
         *       • captioning_client: Captioning client instance.
         *
         *     Returns: Json response with success status and the result containing the generated caption and metadata.
         */
        post: operations["captionImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/caption/video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Caption Video
         * @description Generate a caption or a list of tags for a video using Google Gemini.
         *
         *     Args:
         *
         *       • video_url: URL of the video to caption.
         *       • Example: https://media.w3.org/2010/05/sintel/trailer.mp4
         *       • mode: Captioning mode. Possible values: simple, expert, detailed, tagging, segment_timestamps, segment_timestamps_descriptive, segment_timestamps_tags
         *       • nbr_tags: Number of tags to generate (only relevant for image tagging mode).
         *       • storage_client: Google Cloud Storage client instance.
         *       • gemini_client: Vertex AI Gemini client instance.
         *
         *     Returns: Json response with success status and the result containing the generated caption and metadata.
         */
        post: operations["captionVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/prompt/enhance-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Enhance Prompt
         * @description Enhance a prompt using LLama 3.
         *
         *     Args:
         *
         *       • prompt: The text prompt to enhance.
         *
         *     Returns: Json response with success status and the result containing the generated prompt.
         */
        post: operations["briaEnhancePrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/generation/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Image
         * @description Generate high-quality images using BRIA's base model.
         *
         *     Args:
         *
         *       • bria_model_version: Model version to use.
         *       • prompt: Text description of the desired image (English only).
         *       • num_results: Number of images to generate. Use 1 when using guidance methods. Maximum value is 4.
         *       • aspect_ratio: Image aspect ratio.
         *       • sync: If True, wait for results. If False, return URLs immediately.
         *       • steps_num: Number of refinement iterations (20-50).
         *       • text_guidance_scale: Text adherence strength (1-10).
         *       • prompt_enhancement: Use LLama 3 to enhance prompt.
         *       • seed (optional): Seed for reproducible results.
         *       • negative_prompt (optional): Elements to exclude from generation.
         *       • medium (optional): Output medium type ("photography" or "art").
         *       • guidance_method_1 (optional): First guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_1_scale (optional): Impact of first guidance method (0.0-1.0).
         *       • guidance_method_1_image_file (optional): Base64 encoded image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_1_image_url (optional): URL of image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_2 (optional): Second guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_2_scale (optional): Impact of second guidance method (0.0-1.0).
         *       • guidance_method_2_image_file (optional): Base64 encoded image for second guidance method. Required if guidance_method_2 is specified.
         *       • guidance_method_2_image_url (optional): URL of image for second guidance method. Required if guidance_method_2 is specified.
         *       • image_prompt_mode (optional): IP-Adapter mode. Supported modes are : "regular", "style_only".
         *       • image_prompt_file (optional): Base64 encoded image for IP-Adapter.
         *       • image_prompt_urls (optional): List of image URLs for IP-Adapter.
         *       • image_prompt_scale (optional): Impact of IP-Adapter (0.0-1.0).
         *       • access_token: API key for authentication.
         *       • bria_client: BRIA API client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/generation/generate-image-fast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Image Fast
         * @description Generate images quickly using BRIA's fast model.
         *
         *     Args:
         *
         *       • bria_model_version: Model version to use (e.g. "2.3").
         *       • prompt: Text description of the desired image (English only).
         *       • num_results: Number of images to generate. Use 1 when using guidance methods. Maximum value is 4.
         *       • aspect_ratio: Image aspect ratio.
         *       • sync: If True, wait for results. If False, return URLs immediately.
         *       • steps_num: Number of refinement iterations (4-10).
         *       • prompt_enhancement: Use LLama 3 to enhance prompt.
         *       • seed (optional): Seed for reproducible results.
         *       • medium (optional): Output medium type ("photography" or "art").
         *       • guidance_method_1 (optional): First guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_1_scale (optional): Impact of first guidance method (0.0-1.0).
         *       • guidance_method_1_image_file (optional): Base64 encoded image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_1_image_url (optional): URL of image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_2 (optional): Second guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_2_scale (optional): Impact of second guidance method (0.0-1.0).
         *       • guidance_method_2_image_file (optional): Base64 encoded image for second guidance method. Required if guidance_method_2 is specified.
         *       • guidance_method_2_image_url (optional): URL of image for second guidance method. Required if guidance_method_2 is specified.
         *       • image_prompt_mode (optional): IP-Adapter mode. Supported modes are : "regular", "style_only".
         *       • image_prompt_file (optional): Base64 encoded image for IP-Adapter.
         *       • image_prompt_urls (optional): List of image URLs for IP-Adapter.
         *       • image_prompt_scale (optional): Impact of IP-Adapter (0.0-1.0).
         *       • access_token: API key for authentication.
         *       • bria_client: BRIA API client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateImageFast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/generation/generate-image-hd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Image Hd
         * @description Generate high-resolution images using BRIA's HD model.
         *
         *     Args:
         *
         *       • bria_model_version: Model version to use (e.g. "2.2").
         *       • prompt: Text description of the desired image (English only).
         *       • num_results: Number of images to generate. Maximum value is 4.
         *       • aspect_ratio: Image aspect ratio.
         *       • sync: If True, wait for results. If False, return URLs immediately.
         *       • steps_num: Number of refinement iterations (20-50).
         *       • text_guidance_scale: Text adherence strength (1-10).
         *       • prompt_enhancement: Use LLama 3 to enhance prompt.
         *       • seed (optional): Seed for reproducible results.
         *       • negative_prompt (optional): Elements to exclude from generation.
         *       • medium (optional): Output medium type ("photography" or "art").
         *       • access_token: API key for authentication.
         *       • bria_client: BRIA API client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateImageHd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/generation/generate-vector-base": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Vector Base
         * @description Generate high-quality vector graphics using BRIA's base model (Beta). This endpoint provides vector graphic generation that is highly customizable and supports various guidance methods.
         *
         *     Args:
         *
         *       • bria_model_version: Model version to use (e.g. "2.3").
         *       • prompt: Text description of desired vector graphic (English only).
         *       • num_results: Number of images to generate. Use 1 when using guidance methods. Maximum value is 4.
         *       • aspect_ratio: Image aspect ratio.
         *       • sync: If True, wait for results. If False, return URLs immediately.
         *       • steps_num: Number of refinement iterations (20-50).
         *       • text_guidance_scale: Text adherence strength (1-10).
         *       • seed (optional): Seed for reproducible results.
         *       • negative_prompt (optional): Elements to exclude from generation.
         *       • guidance_method_1 (optional): First guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_1_scale (optional): Impact of first guidance method (0.0-1.0).
         *       • guidance_method_1_image_file (optional): Base64 encoded image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_1_image_url (optional): URL of image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_2 (optional): Second guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_2_scale (optional): Impact of second guidance method (0.0-1.0).
         *       • guidance_method_2_image_file (optional): Base64 encoded image for second guidance method. Required if guidance_method_2 is specified.
         *       • image_prompt_mode (optional): IP-Adapter mode. Supported modes are : "regular", "style_only".
         *       • image_prompt_file (optional): Base64 encoded image for IP-Adapter.
         *       • image_prompt_urls (optional): List of image URLs for IP-Adapter.
         *       • image_prompt_scale (optional): Impact of IP-Adapter (0.0-1.0).
         *       • access_token: API key for authentication.
         *       • bria_client: BRIA API client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateVectorBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/generation/generate-vector-fast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Vector Generation Fast
         * @description Generate vector graphics quickly using BRIA's fast model (Beta). This endpoint provides rapid vector graphic generation without compromising quality. Supports the same guidance methods as the base model for enhanced control.
         *
         *     Args:
         *
         *       • bria_model_version: Model version to use (e.g. "2.3").
         *       • prompt: Text description of desired vector graphic (English only).
         *       • num_results: Number of images to generate. Use 1 when using guidance methods. Maximum value is 4.
         *       • aspect_ratio: Image aspect ratio.
         *       • sync: If True, wait for results. If False, return URLs immediately.
         *       • steps_num: Number of refinement iterations (4-10).
         *       • seed (optional): Seed for reproducible results.
         *       • guidance_method_1 (optional): First guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_1_scale (optional): Impact of first guidance method (0.0-1.0).
         *       • guidance_method_1_image_file (optional): Base64 encoded image for first guidance method. Required if guidance_method_1 is specified.
         *       • guidance_method_2 (optional): Second guidance method type. Supported guidance methods are: "controlnet_canny", "controlnet_depth", "controlnet_recoloring", "controlnet_color_grid".
         *       • guidance_method_2_scale (optional): Impact of second guidance method (0.0-1.0).
         *       • guidance_method_2_image_file (optional): Base64 encoded image for second guidance method. Required if guidance_method_2 is specified.
         *       • guidance_method_2_image_url (optional): URL of image for second guidance method. Required if guidance_method_2 is specified.
         *       • image_prompt_mode (optional): IP-Adapter mode. Supported modes are : "regular", "style_only".
         *       • image_prompt_file (optional): Base64 encoded image for IP-Adapter.
         *       • image_prompt_urls (optional): List of image URLs for IP-Adapter.
         *       • image_prompt_scale (optional): Impact of IP-Adapter (0.0-1.0).
         *       • access_token: API key for authentication.
         *       • bria_client: BRIA API client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaVectorGenerationFast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/generation/generate-variation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Variation
         * @description Guides image generation using both prompts and a reference image, maintaining the original structure while applying new styles. This method allows for controlled image generation by using an input image's structure and depth as a reference, while incorporating new materials, colors, and textures based on the provided prompt.
         *
         *     Args:
         *
         *       • prompt: Text description of desired output image.
         *       • num_results : Number of images to generate (1-4). Only 1 supported when fast=False. Maximum value is 4.
         *       • sync: If True, wait for results. If False, return URLs immediately. Recommended False when fast=False.
         *       • fast: Use fast generation mode for speed/quality balance. Regular mode used when False.
         *       • steps_num: Number of refinement iterations. Fast mode: 4-20, default
         *       • Regular mode: 20-50, default 30.
         *       • seed (optional): Seed for reproducible results.
         *       • image_url (optional): URL of reference image. Takes precedence over image_file. Max 12MB. Formats: jpeg, jpg, png, webp.
         *       • image_file (optional): Base64 encoded reference image. Used if image_url not provided. Max 12MB. Formats: jpeg, jpg, png, webp.
         *       • ref_image_influence (float, optional): Weight of reference image in generation (0-1). Higher values mean stronger adherence to reference.
         *       • tailored_model_id (optional): ID of custom trained model to use. 'Max' training version models not supported.
         *       • tailored_model_influence (float, optional): Weight of tailored model in generation (0-1). Only used with tailored_model_id. If used, default is 0.5.
         *       • include_generation_prefix (optional): Auto-prepend model's training prefix to prompt. Only relevant with tailored models. Set False to use custom prefix.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateVariation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing/get-masks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Get Masks
         * @description Generate segmentation masks for an image. Creates segmentation masks that identify different objects within the image. The result url contains a zip file with k mask files in the zip.
         *
         *     Args:
         *
         *       • image_url (optional): URL of input image. Used if file not provided.
         *       • image_file (optional): The file of the input image, in base64 format. Accepted formats are jpeg, jpg, png, webp.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGetMasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing/remove-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Remove Background
         * @description Remove background from an image using Bria's RMBG 2.0 model.
         *
         *     Args:
         *
         *       • image: The image to remove background from. Accepts URL or base64 encoded string.
         *       • Supported formats: JPEG, JPG, PNG, WEBP.
         *       • preserve_alpha (bool): Controls whether partially transparent areas are retained in output.
         *       • sync (bool): If True, wait for results. If False, return status URL immediately.
         *       • visual_input_content_moderation (bool): Enable content moderation on input visual.
         *       • visual_output_content_moderation (bool): Enable content moderation on output visual.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaRemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing/product-cutout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Product Cutout
         * @description Create a precise cutout of a product from any given image.
         *
         *     Args:
         *
         *       • image_url (optional): URL of input image. Used if file not provided.
         *       • image_file (optional): The file of the input image, in base64 format. Accepted formats are jpeg, jpg, png, webp.
         *       • force_rmbg (optional): Forces background removal, even if the original image already contains an alpha channel. Useful for refining existing foreground/background separation or ignoring unnecessary alpha channels.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaProductCutout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing/crop-foreground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Crop Foreground
         * @description Crop the foreground from an image.
         *
         *     Args:
         *
         *       • image_url: URL of input image. Takes precedence over image_file.
         *       • image_file: Base64 encoded input image. Used if image_url not provided.
         *       • padding: Amount of padding around the foreground in pixels.
         *       • force_rmbg: Force background removal even if alpha channel exists.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaCropForeground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Erase
         * @description Erase objects from an image using mask guidance.
         *
         *     Args:
         *
         *       • image: The image to erase objects from (URL or base64).
         *       • mask: The mask image indicating areas to erase (URL or base64).
         *       • mask_type: Type of mask - "manual" for user-drawn or "automatic" for algorithm-generated.
         *       • preserve_alpha: Controls whether alpha channel values are retained in output.
         *       • sync: If True, wait for results. If False, return status URL immediately.
         *       • visual_input_content_moderation: Enable content moderation on input visual.
         *       • visual_output_content_moderation: Enable content moderation on output visual.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/erase-foreground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Erase Foreground
         * @description Erase foreground from an image.
         *
         *     Args:
         *
         *       • image: The image to erase foreground from (URL or base64).
         *       • preserve_alpha: Controls whether alpha channel values are retained in output.
         *       • sync: If True, wait for results. If False, return status URL immediately.
         *       • visual_input_content_moderation: Enable content moderation on input visual.
         *       • visual_output_content_moderation: Enable content moderation on output visual.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaEraseForeground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Inpainting
         * @description Generate objects by prompt in a specific masked region (gen_fill). Supports custom border_only mask generation for backward compatibility.
         *
         *     Args:
         *
         *       • image: The image to apply generative fill to. Accepts URL or base64 encoded string.
         *       • Supported formats: JPEG, JPG, PNG, WEBP.
         *       • mask: The mask image indicating areas to fill. Accepts URL or base64 encoded string. Optional when mask_type is 'border_only'.
         *       • prompt: Text description for object generation in masked region.
         *       • mask_type: Type of mask - manual, automatic, or border_only for custom border processing.
         *       • sync: If True, wait for results. If False, return status URL immediately.
         *       • negative_prompt (optional): Text description of elements to avoid.
         *       • seed (optional): Seed for reproducible results.
         *       • preserve_alpha: Controls whether alpha channel values are retained in output.
         *       • prompt_content_moderation: Enable content moderation on prompts.
         *       • visual_input_content_moderation: Enable content moderation on input visual.
         *       • visual_output_content_moderation: Enable content moderation on output visual.
         *       • border_percentage (optional): Percentage of the border to inpaint when using border_only mode.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaInpainting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/expand-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Expand Image
         * @description Expand an image to a specified canvas size with flexible positioning options.
         *
         *     This method supports two modes: 1. Canvas Size Mode: Provide canvas_size with position or padding percentages 2. Aspect Ratio Mode: Provide aspect_ratio with position or padding percentages
         *
         *     Args: - image (required): Input image (URL or base64).
         *
         *     Canvas/Aspect Ratio Parameters: - canvas_size (optional): Target canvas size as tuple (width, height). If provided, overrides aspect_ratio. - aspect_ratio (optional): Target aspect ratio for automatic canvas sizing.
         *
         *     Positioning Parameters (choose one): - position (optional): Predefined positioning ("upper_left", "upper_right", "bottom_left", "bottom_right", "right_center", "left_center", "upper_center", "bottom_center", "center_vertical", "center_horizontal"). - padding_left (optional): Percentage of left padding (0.0-1.0). - padding_right (optional): Percentage of right padding (0.0-1.0). - padding_top (optional): Percentage of top padding (0.0-1.0). - padding_bottom (optional): Percentage of bottom padding (0.0-1.0).
         *
         *     Generation Parameters: - prompt (optional): Text description for expanded area generation. - seed (optional): Seed for reproducible results. - negative_prompt (optional): Elements to exclude from generation.
         *
         *     V2 API Parameters: - preserve_alpha (bool, default=True): Preserve alpha channel in the output. - visual_input_content_moderation (bool, default=False): Content moderation for input visuals. - visual_output_content_moderation (bool, default=False): Content moderation for output visuals. - prompt_content_moderation (bool, default=False): Content moderation for prompts. - sync (bool, default=False): If True, wait for results.
         *
         *     Examples:
         *
         *     1. Canvas Size with Predefined Position:
         *
         *     {
         *       "image":
         *     "https://upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-
         *     logo-v2.svg/1920px-Wikipedia-logo-v2.svg.png",
         *       "canvas_size": [1024, 1024],
         *       "position": "center_vertical",
         *       "prompt": "beautiful sunset background",
         *       "sync": true,
         *       "preserve_alpha": true,
         *       "visual_input_content_moderation": false,
         *       "visual_output_content_moderation": false,
         *       "prompt_content_moderation": false
         *     }
         *
         *     2. Aspect Ratio with Predefined Position:
         *
         *     {
         *       "image":
         *     "https://upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-
         *     logo-v2.svg/1920px-Wikipedia-logo-v2.svg.png",
         *       "aspect_ratio": "4:3",
         *       "position": "upper_center",
         *       "prompt": "sky and clouds above",
         *       "negative_prompt": "buildings, urban elements",
         *       "sync": true,
         *       "preserve_alpha": true,
         *       "visual_input_content_moderation": false,
         *       "visual_output_content_moderation": false,
         *       "prompt_content_moderation": false
         *     }
         *
         *     3. Aspect Ratio with Custom Padding:
         *
         *     {
         *       "image":
         *     "https://upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-
         *     logo-v2.svg/1920px-Wikipedia-logo-v2.svg.png",
         *       "aspect_ratio": "9:16",
         *       "padding_left": 0.1,
         *       "padding_right": 0.1,
         *       "padding_top": 0.2,
         *       "padding_bottom": 0.05,
         *       "prompt": "green mountain landscape background",
         *       "sync": true,
         *       "preserve_alpha": true,
         *       "visual_input_content_moderation": false,
         *       "visual_output_content_moderation": false,
         *       "prompt_content_moderation": false
         *     }
         *
         *     4. Canvas Size with Custom Padding:
         *
         *     {
         *       "image":
         *     "https://upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-
         *     logo-v2.svg/1920px-Wikipedia-logo-v2.svg.png",
         *       "canvas_size": [1600, 900],
         *       "padding_left": 0.15,
         *       "padding_right": 0.15,
         *       "padding_top": 0.4,
         *       "padding_bottom": 0.1,
         *       "prompt": "forest environment",
         *       "sync": true,
         *       "preserve_alpha": true,
         *       "visual_input_content_moderation": false,
         *       "visual_output_content_moderation": false,
         *       "prompt_content_moderation": false
         *     }
         *
         *     Returns: Json response with success status and the result containing the expanded image URL.
         */
        post: operations["briaExpandImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/blur-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Blur Background
         * @description Blur the background of an image . Automatically detects and blurs the background while keeping the foreground subjects in focus.
         *
         *     Args:
         *
         *       • image: The image to blur background from. Accepts URL or base64 encoded string.
         *       • Supported formats: JPEG, JPG, PNG, WEBP.
         *       • scale: Scale for determining how blurry the background should be (1-5).
         *       • preserve_alpha: Controls whether alpha channel values are retained in output.
         *       • sync: If True, wait for results. If False, return status URL immediately.
         *       • visual_input_content_moderation: Enable content moderation on input visual.
         *       • visual_output_content_moderation: Enable content moderation on output visual.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaBlurBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/generate-solid-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Solid Background
         * @description Creates a professional packshot of a product with consistent size and positioning. The output is a 2000x2000 px image, with the product size and location according to best practices.
         *
         *     Args:
         *
         *       • image_url (optional): URL of product image. Max 12MB. Formats: jpeg, jpg, png, webp.
         *       • image_file (optional): Base64 encoded product image. Max 12MB. Formats: jpeg, jpg, png, webp.
         *       • background_color (optional): Hex color code for background. Use 'transparent' for transparent background.
         *       • force_rmbg: Forces background removal even if the original image already contains an alpha channel. Useful for refining existing foreground/background separation.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateSolidBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/generate-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Background
         * @description Replace image background (replace_background). Places foreground subjects on new backgrounds generated based on a reference image or text prompt.
         *
         *     Args:
         *
         *       • image: The image to replace background for. Accepts URL or base64 encoded string.
         *       • Supported formats: JPEG, JPG, PNG, WEBP.
         *       • ref_images (optional): Reference image(s) for background generation. Accepts URL or base64 encoded string.
         *       • enhance_ref_images: Process reference image for optimal results.
         *       • prompt (optional): Text description of desired background. Either ref_images or prompt required.
         *       • refine_prompt: Use LLM to optimize prompt for better results.
         *       • prompt_content_moderation: Enable content moderation on prompts.
         *       • negative_prompt (optional): Elements to exclude from generation (only when fast=false).
         *       • original_quality: Maintain original image size, otherwise scale to 1MP.
         *       • force_background_detection: Force background detection even if alpha channel exists.
         *       • sync: If True, wait for results. If False, return status URL immediately.
         *       • fast: Use fast generation mode for speed/quality balance.
         *       • visual_input_content_moderation: Enable content moderation on input visual.
         *       • visual_output_content_moderation: Enable content moderation on output visual.
         *       • seed (optional): Seed for reproducible results.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaGenerateBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/generate-product-shadow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Product Shadow
         * @description Creates a shadow effect for a product image with a transparent background. Note: Input image must have transparent background. Use product cutout endpoint first if needed.
         *
         *     Args:
         *
         *       • shadow_type (optional): Type of shadow.
         *       • shadow_color (optional): Hex color code for shadow.
         *       • shadow_intensity (optional): Shadow intensity from 0-100.
         *       • shadow_offset (optional): [x,y] position of shadow relative to object in pixels.
         *       • shadow_blur (optional): Controls the blur level of the shadow's edges. Default for 'shadow_type'=regular is 15, while for 'shadow_type'=float is 20.
         *       • shadow_width (optional): Width of elliptical shadow in pixels for floating shadows. Could be positive or negative.
         *       • shadow_height: (optional): Height of elliptical shadow in pixels. Default is 70.
         *       • background_color (optional): Hex color code for background. Omit for transparent background.
         *       • force_rmbg: Forces background removal even if the original image already contains an alpha channel. Useful for refining existing foreground/background separation.
         *       • image_url (optional): URL of product image/cutout. Takes precedence over image_file. Max 12MB. Formats: jpeg, jpg, png, webp.
         *       • image_file (optional): Base64 encoded product image/cutout. Used if image_url not provided. Max 12MB. Formats: jpeg, jpg, png, webp.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         */
        post: operations["briaGenerateProductShadow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/generate-product-background-by-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Product Background By Text
         * @description Creates enriched product shots by placing them in various environments using textual descriptions. Additionally, you can change the image size of the final result as well as the positioning of the product in the image. Uses BRIA 2.3 ControlNet BG-Gen.
         *
         *     Args:
         *
         *       • scene_description: Text description of desired scene/background (English only).
         *       • image_url (optional): URL of product shot to place in lifestyle scene. Max 12MB JPEG/PNG/WEBP.
         *       • image_file (optional): Base64 encoded product shot if no image_url. Max 12MB JPEG/PNG/WEBP.
         *       • sync: When True, responses are synchronous. Default False for asynchronous responses with immediate URLs.
         *       • fast: When True, uses fast generation mode balancing speed and quality.
         *       • optimize_description: When True, optimizes scene description using Meta Llama 3.
         *       • num_results: Number of lifestyle shots to generate. Maximum value is 4.
         *       • placement_type: Controls product positioning. Options are 'original', 'automatic', 'manual_placement', 'manual_padding', 'custom_coordinates', 'automatic_aspect_ratio'.
         *       • original_quality: For placement_type="original", preserves input image size.
         *       • shot_size: Desired output dimensions [width, height]. For optimal results, the total number of pixels should be around 1,000,000.
         *       • manual_placement_selection: Placement positions for manual_placement.
         *       • padding_values: Padding [left,right,top,bottom] for manual_padding.
         *       • force_rmbg: Forces background removal even if the original image already contains an alpha channel. Useful for refining existing foreground/background separation.
         *       • exclude_elements (optional): Elements to exclude from scene. English only, requires fast=False.
         *       • foreground_image_size (optional): Desired foreground image dimensions [width, height].
         *       • foreground_image_location (optional): Desired foreground image position [x,y].
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateProductBackgroundByText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/generate-product-background-by-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Generate Product Background By Image
         * @description Creates enriched product shots by placing them in various environments using reference images. Additionally, you can change the image size of the final result as well as the positioning of the product in the image. Uses BRIA 2.3 ControlNet BG-Gen.
         *
         *     Args:
         *
         *       • image_url (optional): URL of product shot to place in lifestyle scene. Max 12MB JPEG/PNG/WEBP.
         *       • image_file (optional): Base64 encoded product shot if no image_url. Max 12MB JPEG/PNG/WEBP.
         *       • ref_image_urls (optional): URLs of reference images to generate from.
         *       • ref_image_file (optional): Base64 encoded reference images if no ref_image_urls.
         *       • sync: When True, responses are synchronous.
         *       • enhance_ref_image: Process reference image for optimal results.
         *       • ref_image_influence: Weight of reference image in generation.
         *       • num_results: Number of lifestyle shots to generate. Maximum value is 4.
         *       • placement_type: Controls product positioning. Options are 'original', 'automatic', 'manual_placement', 'manual_padding', 'custom_coordinates', 'automatic_aspect_ratio'.
         *       • original_quality: For placement_type="original", preserves input image size.
         *       • shot_size: Desired output dimensions.
         *       • manual_placement_selection: Placement positions for manual_placement.
         *       • padding_values: Padding for manual_padding.
         *       • force_rmbg: Forces background removal even if the original image already has an alpha channel.
         *       • foreground_image_size (optional): Desired foreground image dimensions.
         *       • foreground_image_location (optional): Desired foreground image position.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaGenerateProductBackgroundByImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/enhance-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Enhance Image
         * @description Enhance an image by improving visual quality, generating richer details, and sharper textures.
         *
         *     This endpoint supports upscaling to higher resolutions while enhancing image quality. Unlike the upscale endpoint, this regenerates the image to enhance visual richness.
         *
         *     Args: - image (required): Input image (URL or base64). Supported formats: JPEG, JPG, PNG, WEBP.
         *
         *     Enhancement Parameters: - steps_num (int, 10-50, default=20): Number of enhancement steps. Higher values improve quality but increase processing time. - resolution (str, default="1MP"): Target output resolution. Options: "1MP", "2MP", "4MP". - seed (int, optional): Seed for reproducible results.
         *
         *     Content Moderation: - visual_input_content_moderation (bool, default=False): Scan input image for inappropriate content. - visual_output_content_moderation (bool, default=False): Evaluate enhanced image output for safety.
         *
         *     Processing Options: - sync (bool, default=False): If True, wait for results. If False, return status URL immediately. - preserve_alpha (bool, default=True): Preserve alpha channel in output if present in input.
         *
         *     Returns: Json response with success status and the result containing the enhanced image URL.
         */
        post: operations["briaEnhanceImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/image/editing-generation/upscale-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Upscale Image
         * @description Increases the resolution of an image by a factor of 2 or 4. The input image should be less than 2 megapixels. Maximum output resolution: 8192x8192 pixels.
         *
         *     Args:
         *
         *       • image: The image to upscale. Accepts URL or base64 encoded string.
         *       • Supported formats: JPEG, JPG, PNG, WEBP.
         *       • preserve_alpha (bool): Controls whether alpha channel values are retained in output. When true, maintains original transparency. When false, output is fully opaque.
         *       • Default: true.
         *       • desired_increase (int): Factor by which to increase resolution (2 or 4). Default: 2.
         *       • sync (bool): If True, wait for results. If False, return status URL immediately.
         *       • Note: sync=true requires input ≤ 2 megapixels. Default: false.
         *       • visual_input_content_moderation (bool): Enable content moderation on input visual. Default: false.
         *       • visual_output_content_moderation (bool): Enable content moderation on output visual. Default: false.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URL.
         */
        post: operations["briaUpscaleImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/video/editing/remove-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bria Video Remove Background
         * @description Remove background from a video.
         *
         *     Args:
         *
         *       • video_url: URL of input video.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["briaVideoRemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria/status/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bria Get Status
         * @description Get the status of an asynchronous Bria request.
         *
         *     Args:
         *
         *       • task_id: Unique identifier of the request.
         *       • access_token: API key for authentication.
         *       • bria_client: BriaAPI client.
         *
         *     Returns: Json response containing: - status: Current status (IN_PROGRESS, COMPLETED, ERROR, UNKNOWN) - task_id: The request identifier - result (when COMPLETED): Contains image_url and optionally seed, prompt, refined_prompt - error (when ERROR): Contains message and optional error code
         *
         *     HTTP Status Codes: - 200: Normal operation (check status field for actual job status) - 404: Request ID not found or expired - 5XX: Status service internal error
         */
        get: operations["briaGetStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/image/generation/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Images
         * @description Generate images using a specified model.
         *
         *     Args:
         *
         *       • model_id: ID of the model to use for generation
         *       • prompt: Text prompt for image generation
         *       • num_results: Number of images to generate (default: 1)
         *       • seed: Random seed for reproducibility (optional)
         *       • sync: Whether to perform synchronous generation (default: False)
         *       • fast: Whether to use fast generation mode (default: False) At the moment, tailored models trained using the 'Max'/3.2 training version, do not support fast generation.
         *       • steps_num: Number of steps for the generation process (default: 20)
         *       • model_influence: Influence of the model on the generation (default: 1.0)
         *       • include_generation_prefix: Whether to include a prefix in the generated images (default: False)
         *
         *     Returns: - JSONResponse: Response containing the generated images or an error message
         */
        post: operations["briaLoraGenerateImages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/image/generation/generate-vector": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Vector
         * @description Generate a vector using a specified model.
         *
         *     Args:
         *
         *       • model_id: ID of the model to use for vector generation
         *       • prompt: Text prompt for vector generation
         *       • num_results: Number of vectors to generate (default: 1)
         *       • seed: Random seed for reproducibility (optional)
         *       • sync: Whether to perform synchronous generation (default: True)
         *       • fast: Whether to use fast generation mode (default: True) At the moment, tailored models trained using the 'Max'/3.2 training version, do not support fast generation. Therefore, steps_num minimum is 20.
         *       • steps_num: Number of steps for the generation process (optional)
         *       • model_influence: Influence of the model on the generation (optional)
         *       • include_generation_prefix: Whether to include a prefix in the generated vector (default: True)
         *
         *     Returns: - JSONResponse: Response containing the generated vector or an error message
         */
        post: operations["briaLoraGenerateVector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Projects
         * @description Get all LoRA projects. Returns: - JSONResponse: List of all projects
         */
        get: operations["briaLoraGetAllProjects"];
        put?: never;
        /**
         * Create Project
         * @description Create a new LoRA project. Args:
         *
         *       • project_name: Name of the project
         *       • ip_medium: Medium of the IP (e.g., photography, illustration)
         *       • ip_type: Type of the IP (e.g., multi_object_set, object_variants, defined_character, style)
         *       • project_description: Description of the project
         *       • ip_name: Name of the IP (required for defined_character)
         *       • ip_description: Description of the IP
         *
         *     Returns: - JSONResponse: Response containing the created project details
         */
        post: operations["briaLoraCreateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Project
         * @description Get a specific LoRA project by ID. Args:
         *
         *       • project_id: ID of the project to retrieve
         *
         *     Returns: - JSONResponse: Project details
         */
        get: operations["briaLoraGetProject"];
        /**
         * Update Project
         * @description Update a LoRA project. Args:
         *
         *       • project_id: ID of the project to update
         *       • project_name: New name of the project
         *       • project_description: New description of the project
         *       • ip_name: New name of the IP
         *       • ip_description: New description of the IP
         *
         *     Returns: - JSONResponse: Response containing the updated project details
         */
        put: operations["briaLoraUpdateProject"];
        post?: never;
        /**
         * Delete Project
         * @description Delete a LoRA project. Args:
         *
         *       • project_id: ID of the project to delete
         *
         *     Returns: - JSONResponse: Confirmation of deletion
         */
        delete: operations["briaLoraDeleteProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Datasets
         * @description Get all datasets. Returns: - JSONResponse: List of all datasets
         */
        get: operations["briaLoraGetAllDatasets"];
        put?: never;
        /**
         * Create Dataset
         * @description Create a new dataset in a LoRA project. Args:
         *
         *       • project_id: ID of the project to which the dataset belongs
         *       • name: Name of the dataset
         *
         *     Returns: - JSONResponse: Response containing the created dataset details
         */
        post: operations["briaLoraCreateDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/datasets/{dataset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset
         * @description Get a specific dataset by ID. Args:
         *
         *       • dataset_id: ID of the dataset to retrieve
         *
         *     Returns: - JSONResponse: Dataset details
         */
        get: operations["briaLoraGetDataset"];
        /**
         * Update Dataset
         * @description Update a dataset. Args:
         *
         *       • dataset_id: ID of the dataset to update
         *       • name: New name of the dataset
         *       • caption_prefix: Optional prefix for captions
         *       • status: Status of the dataset (draft or completed)
         *
         *     Returns: - JSONResponse: Response containing the updated dataset details
         */
        put: operations["briaLoraUpdateDataset"];
        post?: never;
        /**
         * Delete Dataset
         * @description Delete a dataset. Args:
         *
         *       • dataset_id: ID of the dataset to delete
         *
         *     Returns: - JSONResponse: Confirmation of deletion
         */
        delete: operations["briaLoraDeleteDataset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/projects/{project_id}/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Project Datasets
         * @description Get all datasets for a specific project. Args:
         *
         *       • project_id: ID of the project
         *       • include_models: Include full model objects (default: False)
         *       • include_models_ids: Include model IDs (default: False)
         *
         *     Returns: - JSONResponse: List of datasets for the project
         */
        get: operations["briaLoraGetProjectDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/datasets/{dataset_id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset Images
         * @description Get all images in a dataset. Args:
         *
         *       • dataset_id: ID of the dataset
         *
         *     Returns: - JSONResponse: List of images in the dataset
         */
        get: operations["briaLoraGetDatasetImages"];
        put?: never;
        /**
         * Upload Image
         * @description Upload an image to a dataset in a LoRA project. The image can be uploaded via file path or URL. Args:
         *
         *       • dataset_id: ID of the dataset to upload the image to
         *       • file_path: Path to the image file (optional)
         *       • image_url: URL of the image (optional)
         *       • image_name: Name of the image (optional)
         *
         *     Returns: - JSONResponse: Response containing the result of the upload operation
         */
        post: operations["briaLoraUploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/datasets/{dataset_id}/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Dataset Image
         * @description Get a specific image from a dataset. Args:
         *
         *       • dataset_id: ID of the dataset
         *       • image_id: ID of the image
         *
         *     Returns: - JSONResponse: Image details
         */
        get: operations["briaLoraGetDatasetImage"];
        put?: never;
        post?: never;
        /**
         * Delete Image
         * @description Delete an image from a dataset. Args:
         *
         *       • dataset_id: ID of the dataset
         *       • image_id: ID of the image to delete
         *
         *     Returns: - JSONResponse: Confirmation of deletion
         */
        delete: operations["briaLoraDeleteImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/datasets/{dataset_id}/images/{image_id}/caption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update Image Caption
         * @description Update the caption of an image in a dataset. Optionally regenerate the caption using the model. Args:
         *
         *       • dataset_id: ID of the dataset containing the image
         *       • image_id: ID of the image to update
         *       • caption: New manual caption (optional)
         *       • regenerate_caption: Whether to regenerate the caption automatically (default: False)
         *
         *     Returns: - JSONResponse: Response containing the result of the caption update operation
         */
        put: operations["briaLoraUpdateImageCaption"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/datasets/{dataset_id}/images/captions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Regenerate All Captions
         * @description Regenerate captions for all images in a dataset. Args:
         *
         *       • dataset_id: ID of the dataset
         *
         *     Returns: - JSONResponse: Result of regeneration
         */
        put: operations["briaLoraRegenerateAllCaptions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get All Models
         * @description Get all models. Returns: - JSONResponse: List of all models
         */
        get: operations["briaLoraGetAllModels"];
        put?: never;
        /**
         * Create Model
         * @description Create a new model in a LoRA project. Args:
         *
         *       • name: Name of the model
         *       • dataset_id: ID of the dataset to use for training
         *       • training_version: Training version (light or max)
         *       • description: Description of the model
         *
         *     Returns: - JSONResponse: Response containing the created model details
         */
        post: operations["briaLoraCreateModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/models/{model_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Model
         * @description Get a specific model by ID. Args:
         *
         *       • model_id: ID of the model to retrieve
         *
         *     Returns: - JSONResponse: Model details
         */
        get: operations["briaLoraGetModel"];
        /**
         * Update Model
         * @description Update a model. Args:
         *
         *       • model_id: ID of the model to update
         *       • name: New name of the model
         *       • description: New description of the model
         *
         *     Returns: - JSONResponse: Response containing the updated model details
         */
        put: operations["briaLoraUpdateModel"];
        post?: never;
        /**
         * Delete Model
         * @description Delete a model. Args:
         *
         *       • model_id: ID of the model to delete
         *
         *     Returns: - JSONResponse: Confirmation of deletion
         */
        delete: operations["briaLoraDeleteModel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/projects/{project_id}/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Project Models
         * @description Get all models for a specific project. Args:
         *
         *       • project_id: ID of the project
         *
         *     Returns: - JSONResponse: List of models for the project
         */
        get: operations["briaLoraGetProjectModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/models/{model_id}/training/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Training
         * @description Start training a model. Args:
         *
         *       • model_id: ID of the model to start training
         *
         *     Returns: - JSONResponse: Training status
         */
        post: operations["briaLoraStartTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bria-lora/models/{model_id}/training/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop Training
         * @description Stop training a model. Args:
         *
         *       • model_id: ID of the model to stop training
         *
         *     Returns: - JSONResponse: Training status
         */
        post: operations["briaLoraStopTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/generation/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imagen Generate Image With Prompt
         * @description Generate images using Vertex AI Imagen.
         *
         *     Args: - prompt : Image generation prompt. - number_of_images (optional): Number of images to generate (1-4). Defaults to 1. - aspect_ratio (optional): Desired aspect ratio. Options: - 1:1 (SQUARE): Square format - 9:16 (PORTRAIT): Vertical portrait format - 16:9 (LANDSCAPE): Horizontal landscape format - 3:4 (PORTRAIT_STANDARD): Standard portrait format - 4:3 (LANDSCAPE_STANDARD): Standard landscape format - model_name (optional): Model to use: - imagen-3.0-generate-002 (IMAGEN_3_STANDARD): Standard Imagen 3.0 model - imagen-4.0-generate-preview-06-06 (IMAGEN_4_STANDARD): Standard Imagen 4.0 model - imagen-4.0-ultra-generate-preview-06-06 (IMAGEN_4_ULTRA): Ultra high-quality Imagen 4.0 model - imagen-4.0-fast-generate-preview-06-06 (IMAGEN_4_FAST): Fast Imagen 4.0 model - use_fast_model (optional, bool): When enabled, uses the fast generation model and ignores the model_name parameter. - add_watermark (optional, bool): Whether to add a watermark to the generated images. - safety_filter_level (optional): Safety filtering level: - BLOCK_LOW_AND_ABOVE (HIGH): Highest safety threshold - BLOCK_MEDIUM_AND_ABOVE (MEDIUM): Medium safety threshold - BLOCK_ONLY_HIGH (LOW): Reduced safety threshold - person_generation (optional): Person generation control: - ALLOW_ALL (ALL): Allow people of all ages - ALLOW_ADULT (ADULT): Allow only adults - DONT_ALLOW (NONE): Disable people/faces in generated images
         *
         *     Returns: - Json response with success status and the result containing the generated image URLs.
         */
        post: operations["googleImagenGenerateImageWithPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/generation/generate-with-image-guidance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imagen Generate With Image
         * @description Generate images with image guidance (style or subject).
         *
         *     Args: - guidance_type : Type of guidance ("style" or "subject"). - prompt : Generation prompt. For prompting guidelines see examples style , subject. - ref_image_1_url : URL of the first reference image. - ref_image_1_description : Description of the first reference image, if guidance_type is style, describe only the style of the reference image, if guidance_type is subject, describe only the subject of the reference image. - ref_image_2_url (optional): URL of the second reference image. - ref_image_2_description (optional): Description of the second reference image. - subject_type (optional): Required when guidance_type is 'subject', else leave empty. Type of subject: - SUBJECT_TYPE_PERSON: Person subject type (portraits, etc.) - SUBJECT_TYPE_ANIMAL: Animal subject type - SUBJECT_TYPE_PRODUCT: Product subject type (for e-commerce, etc.) - aspect_ratio (optional): Desired aspect ratio. Options: - 1:1 (SQUARE): Square format - 9:16 (PORTRAIT): Vertical portrait format - 16:9 (LANDSCAPE): Horizontal landscape format - 3:4 (PORTRAIT_STANDARD): Standard portrait format - 4:3 (LANDSCAPE_STANDARD): Standard landscape format - safety_filter_level (optional): Safety filtering level: - BLOCK_LOW_AND_ABOVE (HIGH): Highest safety threshold - BLOCK_MEDIUM_AND_ABOVE (MEDIUM): Medium safety threshold - BLOCK_ONLY_HIGH (LOW): Reduced safety threshold - person_generation (optional): Person generation control: - ALLOW_ALL (ALL): Allow people of all ages - ALLOW_ADULT (ADULT): Allow only adults - DONT_ALLOW (NONE): Disable people/faces in generated images
         *
         *     Returns: - Json response with success status and the result containing the generated image URLs.
         */
        post: operations["googleImagenGenerateWithImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/generation/generate-variation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imagen Generate Variation
         * @description Apply controlled editing to an image.
         *
         *     Args: - image_url: URL or path to the source image to edit. - prompt: The prompt that describes the desired edits to the image. - control_type (optional): Type of control to apply: - CONTROL_TYPE_CANNY: Edge detection control - CONTROL_TYPE_SCRIBBLE: Scribble-based control - number_of_images (optional): Number of images to generate (1-4). Defaults to 1. - aspect_ratio (optional): Desired aspect ratio. Options: - 1:1 (SQUARE): Square format - 9:16 (PORTRAIT): Vertical portrait format - 16:9 (LANDSCAPE): Horizontal landscape format - 3:4 (PORTRAIT_STANDARD): Standard portrait format - 4:3 (LANDSCAPE_STANDARD): Standard landscape format - safety_filter_level (optional): Safety filtering level: - BLOCK_LOW_AND_ABOVE (HIGH): Highest safety threshold - BLOCK_MEDIUM_AND_ABOVE (MEDIUM): Medium safety threshold - BLOCK_ONLY_HIGH (LOW): Reduced safety threshold - person_generation (optional): Person generation control: - ALLOW_ALL (ALL): Allow people of all ages - ALLOW_ADULT (ADULT): Allow only adults - DONT_ALLOW (NONE): Disable people/faces in generated images
         *
         *     Returns: - Json response with success status and the result containing the generated image URLs.
         */
        post: operations["googleImagenGenerateVariation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/generation/gemini-generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gemini Generate Image
         * @description Generate images using Gemini 2.0 Flash with optional input images for composition.
         *
         *     Args: - prompt: Text description of the desired image. To generate multiple images, specify in the prompt (e.g., "Generate 3 images of cats"). - image_urls (optional): Array of input image URLs to use as reference/composition elements. Supports both HTTP/HTTPS URLs and GCS URIs (gs://). - safety_method (optional): Safety method for the image generation. Options: - PROBABILITY : Use probability-based safety - SEVERITY : Use severity-based safety - HARM_BLOCK_METHOD_UNSPECIFIED : Use harm block method - safety_category (optional): Safety category for the image generation. Options: - HARM_CATEGORY_UNSPECIFIED : Unspecified safety category - HARM_CATEGORY_HATE_SPEECH: Hate speech category - HARM_CATEGORY_DANGEROUS_CONTENT: Dangerous content category - HARM_CATEGORY_HARASSMENT: Harassment category - HARM_CATEGORY_SEXUALLY_EXPLICIT: Sexually explicit content category - HARM_CATEGORY_CIVIC_INTEGRITY: Civic integrity category - safety_threshold (optional): Safety threshold for the image generation. Options: - HARM_BLOCK_THRESHOLD_UNSPECIFIED : Unspecified safety threshold - BLOCK_LOW_AND_ABOVE (BLOCK_LOW_AND_ABOVE): Low and above threshold - BLOCK_MEDIUM_AND_ABOVE (BLOCK_MEDIUM_AND_ABOVE): Medium and above threshold - BLOCK_ONLY_HIGH (BLOCK_ONLY_HIGH): Only high threshold - BLOCK_NONE (BLOCK_NONE): No threshold - OFF (OFF): Off threshold
         *
         *     Examples:
         *
         *     1. Text-only generation:
         *
         *     {
         *       "prompt": "A beautiful sunset over mountains"
         *     }
         *
         *     2. Image composition with reference:
         *
         *     {
         *       "prompt": "Combine these images into an artistic collage",
         *       "image_urls": ["https://images.pexels.com/photos/370473/pexels-
         *     photo-370473.jpeg", "https://images.pexels.com/photos/1687678/pexels-
         *     photo-1687678.jpeg"]
         *     }
         *
         *     Returns: - Json response with success status and the result containing generated image URLs and optional text content.
         */
        post: operations["googleGeminiGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/generation/generate-image-sequence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gemini Generate Image Sequence
         * @description Generate interleaved text and images using Gemini 2.0 Flash.
         *
         *     This endpoint creates rich content that mixes text explanations with generated images, perfect for storytelling, tutorials, or step-by-step guides.
         *
         *     Args: - prompt: Text prompt for interleaved content generation. Be specific about wanting both text and images. - safety_method (optional): Safety method for the image generation. Options: - PROBABILITY : Use probability-based safety - SEVERITY : Use severity-based safety - HARM_BLOCK_METHOD_UNSPECIFIED : Use harm block method - safety_category (optional): Safety category for the image generation. Options: - HARM_CATEGORY_UNSPECIFIED : Unspecified safety category - HARM_CATEGORY_HATE_SPEECH: Hate speech category - HARM_CATEGORY_DANGEROUS_CONTENT: Dangerous content category - HARM_CATEGORY_HARASSMENT: Harassment category - HARM_CATEGORY_SEXUALLY_EXPLICIT: Sexually explicit content category - HARM_CATEGORY_CIVIC_INTEGRITY: Civic integrity category - safety_threshold (optional): Safety threshold for the image generation. Options: - HARM_BLOCK_THRESHOLD_UNSPECIFIED : Unspecified safety threshold - BLOCK_LOW_AND_ABOVE (BLOCK_LOW_AND_ABOVE): Low and above threshold - BLOCK_MEDIUM_AND_ABOVE (BLOCK_MEDIUM_AND_ABOVE): Medium and above threshold - BLOCK_ONLY_HIGH (BLOCK_ONLY_HIGH): Only high threshold - BLOCK_NONE (BLOCK_NONE): No threshold - OFF (OFF): Off threshold
         *
         *     Prompt Examples: - "Tell a short story about a magical forest with images illustrating key scenes" - "Explain how to bake a chocolate cake with step-by-step images showing the process"
         *
         *     Returns: - Json response with success status and the result containing both text content and generated image URLs in sequence.
         */
        post: operations["googleGeminiGenerateImageSequence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/editing-generation/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imagen Inpainting
         * @description Perform inpainting operations (insert or remove content from an image).
         *
         *     Args: - operation_type : Type of inpainting operation ('insert' or 'remove') prefer using semantic class for inpaint remove for best results. - image_url : URL of the base image. - prompt (optional): Text prompt describing what to insert (required for 'insert' operation, null prompt for 'remove' operation). - mask_mode (optional): How to apply the mask (required for 'insert' operation): - MASK_MODE_FOREGROUND (FOREGROUND): Mask the foreground objects - MASK_MODE_BACKGROUND (BACKGROUND): Mask the background - MASK_MODE_SEMANTIC (SEMANTIC): Mask based on semantic classes - MASK_MODE_USER_PROVIDED (USER_PROVIDED): Use a user-provided mask - mask_dilation (optional, float): How much to dilate the mask (0.0-1.0, required for 'insert' operation). - removal_mode (optional): Method used for operation_type 'remove' can either be 'semantic' or 'prompt' ('semantic' requires 'segmentation_classes', default is 'prompt', the prompt is always set to empty). - segmentation_classes (optional, list[int]): Segmentation class IDs (required for semantic operations). The supported classes are available at https://cloud.google.com/vertex-ai/generative-ai/docs/model- reference/imagen-api-customization?hl=fr#segment-ids
         *
         *     Returns: - Json response with success status and the result containing the generated image URLs.
         */
        post: operations["googleImagenInpainting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/editing-generation/expand-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imagen Expand Image
         * @description Expand an image by adding content around the edges (outpainting) using Google Imagen.
         *
         *     This endpoint uses the advanced ImageScaler system for precise positioning and supports both predefined positions and custom padding percentages for flexible image placement.
         *
         *     Args: - image_url: URL of the source image to expand - prompt: Text description of content to add around the edges - target_width (optional): Target width for the expanded image (500-4000px, default: 2500) - target_height (optional): Target height for the expanded image (500-4000px, default: 2500) - number_of_images (optional): Number of expanded variations to generate (1-4, default: 1) - mask_dilation (optional): Mask dilation for smoother blending (0.0-1.0, default: 0.03)
         *
         *     Positioning Options (choose one approach):
         *
         *     Option 1 - Predefined Position: - position (optional): Predefined positioning. Options: - center_vertical: Equal padding on all sides - center_horizontal: Equal padding on all sides - left_center: More padding on the left side - right_center: More padding on the right side - upper_left: Padding on right and bottom - upper_center: Padding on bottom - upper_right: Padding on left and bottom - bottom_left: Padding on right and top - bottom_center: Padding on top - bottom_right: Padding on left and top
         *
         *     Option 2 - Custom Padding (all four values required if using): - padding_left (optional): Percentage of left padding (0.0-1.0) - padding_right (optional): Percentage of right padding (0.0-1.0) - padding_top (optional): Percentage of top padding (0.0-1.0) - padding_bottom (optional): Percentage of bottom padding (0.0-1.0)
         *
         *     Examples:
         *
         *     1. Center positioning (default):
         *
         *     {
         *       "image_url": "https://images.pexels.com/photos/29023629/pexels-
         *     photo-29023629.jpeg",
         *       "prompt": "beautiful mountain landscape",
         *       "target_width": 2000,
         *       "target_height": 2000,
         *       "position": "center_vertical"
         *     }
         *
         *     2. Bottom center positioning for sky expansion:
         *
         *     {
         *       "image_url": "https://images.pexels.com/photos/29023629/pexels-
         *     photo-29023629.jpeg",
         *       "prompt": "dramatic cloudy sky",
         *       "position": "bottom_left"
         *     }
         *
         *     3. Custom padding for precise control:
         *
         *     {
         *       "image_url": "https://images.pexels.com/photos/29023629/pexels-
         *     photo-29023629.jpeg",
         *       "prompt": "forest environment",
         *       "padding_left": 0.1,
         *       "padding_right": 0.1,
         *       "padding_top": 0.3,
         *       "padding_bottom": 0.1
         *     }
         *
         *     Returns: - Json response with success status and the result containing the generated image URLs.
         */
        post: operations["googleImagenExpandImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/editing-generation/generate-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imagen Generate Background
         * @description Generate a new background for an image while preserving the foreground.
         *
         *     Args: - image_url : URL or path to the source image. - prompt : Description of the new background to generate. - seed (optional): Random seed for reproducibility. - number_of_images (optional): Number of variations to generate.
         *
         *     Returns: - Json response with success status and the result containing the generated image URLs.
         */
        post: operations["googleImagenGenerateBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/image/editing-generation/edit-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gemini Edit Image
         * @description Edit images using text prompts with Gemini 2.0 Flash.
         *
         *     Supports both single-step editing and multi-turn sequential editing for complex transformations.
         *
         *     Args: - image_url: URL of the source image to edit. Supports HTTP/HTTPS URLs and GCS URIs (gs://). - edit_prompt (optional): Text description of desired edits for single- step editing. - edit_steps (optional): Comma-separated list of edit prompts for multi- turn sequential editing. - safety_method (optional): Safety method for the image generation. Options: - PROBABILITY : Use probability-based safety - SEVERITY : Use severity-based safety - HARM_BLOCK_METHOD_UNSPECIFIED : Use harm block method - safety_category (optional): Safety category for the image generation. Options: - HARM_CATEGORY_UNSPECIFIED : Unspecified safety category - HARM_CATEGORY_HATE_SPEECH: Hate speech category - HARM_CATEGORY_DANGEROUS_CONTENT: Dangerous content category - HARM_CATEGORY_HARASSMENT: Harassment category - HARM_CATEGORY_SEXUALLY_EXPLICIT: Sexually explicit content category - HARM_CATEGORY_CIVIC_INTEGRITY: Civic integrity category - safety_threshold (optional): Safety threshold for the image generation. Options: - HARM_BLOCK_THRESHOLD_UNSPECIFIED : Unspecified safety threshold - BLOCK_LOW_AND_ABOVE (BLOCK_LOW_AND_ABOVE): Low and above threshold - BLOCK_MEDIUM_AND_ABOVE (BLOCK_MEDIUM_AND_ABOVE): Medium and above threshold - BLOCK_ONLY_HIGH (BLOCK_ONLY_HIGH): Only high threshold - BLOCK_NONE (BLOCK_NONE): No threshold - OFF (OFF): Off threshold
         *
         *     Note: Provide either edit_prompt OR edit_steps, not both.
         *
         *     Examples:
         *
         *     1. Single edit:
         *
         *     {
         *       "image_url":
         *     "https://upload.wikimedia.org/wikipedia/commons/thumb/b/bf/Mona_Lisa-
         *     restored.jpg/800px-Mona_Lisa-restored.jpg",
         *       "edit_prompt": "Add sunglasses and change the background to a beach scene"
         *     }
         *
         *     2. Multi-turn editing:
         *
         *     {
         *       "image_url": "https://images.pexels.com/photos/36478/amazing-beautiful-
         *     beauty-blue.jpg",
         *       "edit_steps": "Add dramatic clouds to the sky, Increase saturation, Add a
         *     rainbow"
         *     }
         *
         *     3. Using GCS URI:
         *
         *     {
         *       "image_url": "gs://cloud-samples-data/generative-ai/image/mirror.png",
         *       "edit_prompt": "Convert to black and white and add vintage film grain
         *     effect"
         *     }
         *
         *     Returns: - Json response with success status and the result containing edited image URLs. For multi-turn editing, returns URLs for each step in the editing sequence.
         */
        post: operations["googleGeminiEditImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/google-vision/video/generation/generate-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Veo Generate Video
         * @description Generate videos using Vertex AI VEO.
         *
         *     Args:
         *
         *       • prompt: Text description of the desired video
         *       • start_image_url: Optional starting image URL for video generation
         *       • number_of_videos: Number of videos to generate (1-4)
         *       • aspect_ratio: Video aspect ratio. Options: "9:16" (PORTRAIT_9_16), "16:9" (LANDSCAPE_16_9)
         *       • duration: Video duration in seconds. Options: 5 (SHORT), 10 (MEDIUM)
         *       • person_generation: Person generation control. Options: "allow" (ALL), "allow_adult" (ADULT), "dont_allow" (NONE)
         *       • enhance_prompt: Whether to enhance the input prompt using LLM
         *       • prefix: Prefix for generated video files (default: "veo2_generations")
         *       • access_token: Special VEO authentication token for video generation
         *       • veo_client: VEO API client instance
         *
         *     Returns: Json response with success status and the result containing the generated video URLs.
         */
        post: operations["googleVeoGenerateVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openai/image/generation/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gpt Generate Image
         * @description Generate an image using GPT Image API.
         *
         *     Args:
         *
         *       • request: GPT image generation request containing:
         *       • prompt: The prompt for image generation.
         *       • number_of_images: Number of images to generate (1-10).
         *       • aspect_ratio: The aspect ratio of the image. Options:
         *       • "1:1" (square)
         *       • "2:3" (landscape)
         *       • "3:2" (portrait)
         *       • quality: The quality of the image (medium, high, auto).
         *       • background: Background handling (transparent, auto).
         *       • access_token: API key for authentication.
         *       • gpt_image_client: GPTImageAPI client instance.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["openaiGptGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openai/image/editing-generation/edit-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gpt Generate Edit
         * @description Generate an edit for an image using GPT Image API.
         *
         *     Args:
         *
         *       • request: GPT image editing request containing:
         *       • prompt: The prompt for the image edit.
         *       • image_url: URL of the image to be edited.
         *       • number_of_images: Number of edited images to generate (1-10).
         *       • size: Output image size.
         *       • access_token: API key for authentication.
         *       • gpt_image_client: GPTImageAPI client instance.
         *
         *     Returns: Json response with success status and the result containing the edited image URLs.
         */
        post: operations["openaiGptGenerateEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openai/image/editing-generation/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gpt Image Inpainting
         * @description Edit an image using a mask with GPT Image API. You can provide a mask to indicate where the image should be edited. The transparent areas of the mask will be replaced, while the filled areas will be left unchanged.
         *
         *     This endpoint supports two inpainting modes: 1. Manual Mask Mode: Use your own mask image to specify exact areas to edit 2. Border-Only Mode: Automatically generate a border mask for edge inpainting
         *
         *     Args:
         *
         *       • request: GPT inpainting request containing:
         *       • prompt: Text description of the desired edited image
         *       • image_url: URL or file path of the source image (either this or image_file required)
         *       • image_file: Base64 encoded source image (either this or image_url required)
         *       • mask_url: URL or file path of the mask image (required unless inpaint_border_only is True)
         *       • mask_file: Base64 encoded mask image (required unless inpaint_border_only is True)
         *       • inpaint_border_only: Whether to inpaint only the border areas (default: False)
         *       • border_percentage: Percentage of border to inpaint when using border- only mode
         *       • access_token: API key for authentication
         *       • gpt_image_client: GPTImageAPI client instance.
         *       • Examples:
         *       • 1. Manual Mask with URLs: ```json {
         *       • "prompt": "beautiful flowers in the garden",
         *       • "image_url": "https://images.pexels.com/photos/29023629/pexels- photo-29023629.jpeg",
         *       • "mask_url": "https://example.com/mask.png",
         *       • "inpaint_border_only": false } ```
         *       • 2. Border-Only Inpainting: ```json {
         *       • "prompt": "expand with forest environment",
         *       • "image_url": "https://images.pexels.com/photos/29023629/pexels- photo-29023629.jpeg",
         *       • "inpaint_border_only": true,
         *       • "border_percentage": 0.2 } ```
         *
         *     Returns: Json response with success status and the result containing the generated image URLs.
         */
        post: operations["openaiGptImageInpainting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/image/generation/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate Images Async */
        post: operations["fireflyGenerateImagesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/image/generation/generate-variation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate Similar Images Async */
        post: operations["fireflyGenerateSimilarImagesAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/image/editing-generation/generate-product-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate Object Composite Async */
        post: operations["fireflyGenerateObjectCompositeAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/image/editing-generation/expand-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expand Image Async */
        post: operations["fireflyExpandImageAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/image/editing-generation/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fill Image Async */
        post: operations["fireflyFillImageAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/status/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Result */
        get: operations["fireflyGetResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/cancel/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel Job */
        delete: operations["fireflyCancelJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firefly/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload */
        post: operations["fireflyUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/image/generation/generate-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Image
         * @description Generate an image from a text prompt or using reference images.
         *
         *     Args:
         *
         *       • request (RunwayGenerateImageRequest):
         *       • prompt (str): Description of the desired image.
         *       • aspect_ratio (ImageAspectRatio): Output resolution ratio.
         *       • model ("gen4_image" | "gen4_image_turbo"): Model variant.
         *       • reference_images_url (list[ReferenceImage] | None): Optional list of reference images with optional tags.
         *       • seed (int | None): Seed for reproducible results.
         *       • content_moderation (ContentModeration | None): Moderation settings.
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayGenerateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/status/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fetch Task Details
         * @description Fetch the details of a task by its task ID. This endpoint retrieves the current status and metadata of a previously submitted task (e.g., image or video generation) using its unique task ID.
         *
         *     Args:
         *
         *       • task_id: The unique identifier of the RunwayML task.
         *
         *     Returns: Json response with success status and the result containing the generated image URLs and metadata.
         */
        get: operations["runwayFetchTaskDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/cancel/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Task
         * @description Delete a task by its task ID. This endpoint allows you to cancel or delete a previously submitted task (such as image or video generation) using its unique task ID.
         *
         *     Args:
         *
         *       • task_id: The unique identifier of the RunwayML task to be deleted.
         *
         *     Returns: Json response with status message or any error details if the task could not be deleted.
         */
        delete: operations["runwayDeleteTask"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/video/generation/generate-video-from-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Video From Text
         * @description Generate a video from a text prompt. This endpoint uses the VEO3 model to generate a video purely from a text description, without requiring any input images or videos.
         *
         *     Args:
         *
         *       • request (RunwayGenerateVideoFromTextRequest):
         *       • prompt (str): Description of the desired video.
         *       • model ("veo3"): Model variant.
         *       • aspect_ratio ("1280:720" | "720:1280"): Output aspect ratio.
         *       • duration (8): Video duration in seconds.
         *       • seed (int | None): Seed for reproducible results.
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayGenerateVideoFromText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/video/generation/generate-video-from-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Video From Image
         * @description Generate a video from an input image.
         *
         *     Args:
         *
         *       • request (RunwayGenerateVideoFromImageRequest):
         *       • prompt (str): Description of the desired video.
         *       • image_url (HttpUrl | None): Optional first-frame image.
         *       • aspect_ratio (VideoAspectRatio): Output aspect ratio.
         *       • duration (5 | 10): Video duration in seconds.
         *       • model ("gen4_turbo" | "gen3a_turbo" | "veo3"): Model variant.
         *       • seed (int | None): Seed for reproducible results.
         *       • content_moderation (ContentModeration | None): Moderation settings (not for "veo3").
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayGenerateVideoFromImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/video/generation/generate-video-from-motion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Video From Motion
         * @description Generate a video from a reference video for motion and expression transfer.
         *
         *     Args:
         *
         *       • request (RunwayGenerateVideoFromMotionRequest):
         *       • character (CharacterInput): {type: "image" | "video", uri: HttpUrl}.
         *       • reference_url (HttpUrl): Reference performance video (3–30s).
         *       • aspect_ratio (VideoAspectRatio): Output aspect ratio.
         *       • body_control (bool): Enable non-facial movement transfer.
         *       • expression_intensity (int 1–5): Expression intensity.
         *       • seed (int | None): Seed for reproducible results.
         *       • content_moderation (ContentModeration | None): Moderation settings.
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayGenerateVideoFromMotion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/video/generation/generate-video-from-video": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Video From Video
         * @description Generate a new video based on a given input video and a reference image.
         *
         *     Args:
         *
         *       • request (RunwayGenerateVideoFromVideoRequest):
         *       • prompt (str): Description of the desired transformation/styling.
         *       • video_uri (HttpUrl): Source video (3–30s).
         *       • reference_image_url (HttpUrl): Style reference image.
         *       • aspect_ratio (VideoAspectRatio): Output aspect ratio.
         *       • seed (int | None): Seed for reproducible results.
         *       • content_moderation (ContentModeration | None): Moderation settings.
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayGenerateVideoFromVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/video/editing-generation/video-upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale Video
         * @description Upscale a video using the RunwayML video up-scaling model. This endpoint accepts a video URL and enhances its quality/resolution using the RunwayML up-scaling service.
         *
         *     Args:
         *
         *       • request (RunwayVideoUpscaleRequest):
         *       • video_url (HttpUrl): Video to upscale (<= 40s; each side < 4096px).
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayUpscaleVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runway/audio/generation/text-to-speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text To Speech
         * @description Generate speech from text.
         *
         *     Args:
         *
         *       • request (RunwayTextToSpeechRequest):
         *       • prompt (str): Text to convert to speech.
         *       • voice (RunwayVoice): Voice configuration (type, preset_id).
         *       • model ("eleven_multilingual_v2"): TTS model.
         *
         *     Returns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.
         */
        post: operations["runwayTextToSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health Check
         * @description Health check endpoint.
         */
        get: operations["healthCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Jobs
         * @description The caller's jobs, newest first, from every provider. Follow `next_cursor` for the next page.
         */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Job
         * @description State, progress and (once succeeded) result of one of the caller's jobs, whichever provider runs it.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        /**
         * Cancel Job
         * @description Cancels the job, upstream too. A finished job is answered as it is.
         */
        delete: operations["cancelJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{job_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Watch Job
         * @description Server-sent events (`text/event-stream`) for one of the caller's jobs: event `job` with `{id, state, progress, upstream_status, at}` at every state change and progress update, then a final event carrying the whole job (as Get Job answers it), after which the stream ends. Event ids number the job's events: reconnect with `Last-Event-ID` to get only what you missed.
         */
        get: operations["watchJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Webhook Signing Secret
         * @description The secret that signs the webhooks of jobs created with this API key (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature` headers). Verify each delivery with it, e.g. `new Webhook(secret).verify(body, headers)` from the `standardwebhooks` package. Send `X-Webhook-Url: https://…` on any job-creating request to receive its final state.
         */
        get: operations["getWebhookSigningSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload Asset
         * @description Keeps a file as an input asset owned by this API key. Send `multipart/form-data` with one part named `file`, or the raw bytes with their media `Content-Type` (image/*, video/*, audio/*). The type is read from the bytes; images (PNG, JPEG, WEBP) up to 25 MB and 50 megapixels, videos (MP4, WEBM, MOV) up to 200 MB, audio (MP3, WAV, OGG, FLAC, M4A/AAC) up to 100 MB. Use the answer's `asset_id` (or `asset://<id>`, or its `url`) in any media field of any operation; only this key can.
         */
        post: operations["uploadAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assets/{asset_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Asset
         * @description The bytes of an output (or input) kept by the gateway. Send `X-API-Key`, or use the signed link (`?exp=…&sig=…`) found in job results, which works without a key until it expires. Supports `Range` (206) and `If-None-Match` (304). An asset deleted by the retention policy answers 410.
         */
        get: operations["getAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Usage
         * @description What the caller's key used and spent on jobs that ended between `from` and `to`, summed per `group_by`. Operator keys (VISION_STUDIO_API_KEYS, or made with `vision-studio keys create --admin`) see every key. Costs are estimates from the gateway's price table. `budget` is the calling key's own budget, where it has one. Send `Accept: text/csv` for CSV (the rows only).
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Models
         * @description Every model (`<provider>/<model>`) and alias the gateway can route, with what each can do.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Model
         * @description One model or alias; 404 when unknown.
         */
        get: operations["retrieveModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Image
         * @description OpenAI's image generation over every provider: waits for the job and answers its images.
         */
        post: operations["createImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/images/edits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Image Edit
         * @description OpenAI's image edit (multipart: `image`, one or several, and an optional `mask`, transparent where the image should change).
         */
        post: operations["createImageEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Videos
         * @description Your videos, newest first (`order=asc`: oldest first); `after` = the last id of the previous page.
         */
        get: operations["listVideos"];
        put?: never;
        /**
         * Create Video
         * @description OpenAI's Videos API over Veo and Runway (JSON, or multipart with an `input_reference` image as the first frame). Answers at once; the video is a job.
         */
        post: operations["createVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/videos/{video_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve Video
         * @description Status and progress of a video.
         */
        get: operations["retrieveVideo"];
        put?: never;
        post?: never;
        /**
         * Delete Video
         * @description Cancels the video if still being made (upstream too) and deletes its record.
         */
        delete: operations["deleteVideo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/videos/{video_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download Video Content
         * @description The MP4 of a completed video (`variant=video`, the default), or a preview made from it: `thumbnail`, one representative frame as WebP, `spritesheet`, 16 frames spread over the video in a 4 × 4 grid, each 256 pixels wide, as JPEG.
         */
        get: operations["downloadVideoContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audio/speech": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Speech
         * @description OpenAI's text to speech over Runway (`voice` is one of Runway's voice presets); answers the audio.
         */
        post: operations["createSpeech"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ContentClass: "photo" | "art";
        /** @enum {string} */
        ControlnetType: "controlnet_canny" | "controlnet_depth" | "controlnet_recoloring" | "controlnet_color_grid";
        /** @enum {string} */
        ControlReferenceType: "CONTROL_TYPE_DEFAULT" | "CONTROL_TYPE_CANNY" | "CONTROL_TYPE_SCRIBBLE" | "CONTROL_TYPE_FACE_MESH";
        /** @enum {string} */
        CustomModel: "image3" | "image3_custom" | "image4_standard" | "image4_ultra" | "image4_custom";
        /** @enum {string} */
        EnhanceResolution: "1MP" | "2MP" | "4MP";
        /** @enum {string} */
        ImagenPersonGeneration: "DONT_ALLOW" | "ALLOW_ADULT" | "ALLOW_ALL";
        /** @enum {string} */
        GPTImageBackground: "transparent" | "opaque" | "auto";
        /** @enum {string} */
        GPTImageQuality: "low" | "medium" | "high" | "auto";
        /** @enum {string} */
        HarmBlockMethod: "HARM_BLOCK_METHOD_UNSPECIFIED" | "SEVERITY" | "PROBABILITY";
        /** @enum {string} */
        HarmBlockThreshold: "HARM_BLOCK_THRESHOLD_UNSPECIFIED" | "BLOCK_LOW_AND_ABOVE" | "BLOCK_MEDIUM_AND_ABOVE" | "BLOCK_ONLY_HIGH" | "BLOCK_NONE" | "OFF";
        /** @enum {string} */
        HarmCategory: "HARM_CATEGORY_UNSPECIFIED" | "HARM_CATEGORY_HATE_SPEECH" | "HARM_CATEGORY_DANGEROUS_CONTENT" | "HARM_CATEGORY_HARASSMENT" | "HARM_CATEGORY_SEXUALLY_EXPLICIT" | "HARM_CATEGORY_CIVIC_INTEGRITY";
        /** @enum {string} */
        HorizontalAlignmentModel: "center" | "left" | "right";
        /** @enum {string} */
        VerticalAlignmentModel: "center" | "top" | "bottom";
        /** @enum {string} */
        ImageAspectRatio: "1920:1080" | "1080:1920" | "1024:1024" | "1360:768" | "1080:1080" | "1168:880" | "1440:1080" | "1080:1440" | "1808:768" | "2112:912" | "1280:720" | "720:1280" | "720:720" | "960:720" | "720:960" | "1680:720";
        /** @enum {string} */
        ImageCaptionMode: "simple" | "expert" | "image_tagging";
        /** @enum {string} */
        ImagePromptMode: "regular" | "style_only";
        /** @enum {string} */
        LlmProvider: "openai" | "gemini";
        /** @enum {string} */
        ManualPlacement: "upper_left" | "upper_right" | "bottom_left" | "bottom_right" | "right_center" | "left_center" | "upper_center" | "bottom_center" | "center_vertical" | "center_horizontal";
        /** @enum {string} */
        MaskReferenceMode: "MASK_MODE_DEFAULT" | "MASK_MODE_USER_PROVIDED" | "MASK_MODE_BACKGROUND" | "MASK_MODE_FOREGROUND" | "MASK_MODE_SEMANTIC";
        /** @enum {string} */
        MaskType: "manual" | "automatic" | "border_only";
        /** @enum {string} */
        ModelName: "imagen-3.0-generate-002" | "imagen-4.0-generate-preview-06-06" | "imagen-4.0-ultra-generate-preview-06-06" | "imagen-4.0-fast-generate-preview-06-06";
        /** @enum {string} */
        PlacementType: "original" | "automatic" | "manual_placement" | "manual_padding" | "custom_coordinates" | "automatic_aspect_ratio";
        /** @enum {string} */
        RemovalMode: "semantic" | "prompt";
        /** @enum {string} */
        SafetyFilterLevel: "BLOCK_LOW_AND_ABOVE" | "BLOCK_MEDIUM_AND_ABOVE" | "BLOCK_ONLY_HIGH" | "BLOCK_NONE";
        /** @enum {string} */
        VeoPersonGeneration: "allow" | "allow_adult" | "dont_allow";
        /** @enum {string} */
        SubjectReferenceType: "SUBJECT_TYPE_DEFAULT" | "SUBJECT_TYPE_PERSON" | "SUBJECT_TYPE_ANIMAL" | "SUBJECT_TYPE_PRODUCT";
        /** @enum {integer} */
        VeoDuration: 5 | 10;
        /** @enum {string} */
        VeoModel: "veo-2.0-generate-001" | "veo-3.0-generate-001" | "veo-3.0-fast-generate-001" | "veo-3.1-generate-preview" | "veo-3.1-fast-generate-preview";
        /** @enum {string} */
        VideoAspectRatio: "1280:720" | "720:1280" | "1104:832" | "832:1104" | "960:960" | "1584:672" | "1280:768" | "768:1280" | "848:480" | "640:480";
        /** @enum {string} */
        VideoCaptionMode: "simple" | "expert" | "detailed" | "tagging" | "segment_timestamps" | "segment_timestamps_descriptive" | "segment_timestamps_tags";
        /** SourceModel */
        SourceModel: {
            /** Upload Id */
            upload_id?: string | null;
            /** Url */
            url?: string | null;
        };
        /** ImageReferenceModel */
        ImageReferenceModel: {
            source: components["schemas"]["SourceModel"];
        };
        /** MaskModel */
        MaskModel: {
            /**
             * Invert
             * @default false
             */
            invert: boolean;
            source: components["schemas"]["SourceModel"];
        };
        /** AlignmentModel */
        AlignmentModel: {
            /** @default center */
            horizontal: components["schemas"]["HorizontalAlignmentModel"];
            /** @default center */
            vertical: components["schemas"]["VerticalAlignmentModel"];
        };
        /** InsertModel */
        InsertModel: {
            /**
             * Bottom
             * @default 0
             */
            bottom: number;
            /**
             * Center
             * @default 0
             */
            center: number;
            /**
             * Left
             * @default 0
             */
            left: number;
            /**
             * Right
             * @default 0
             */
            right: number;
            /**
             * Top
             * @default 0
             */
            top: number;
        };
        /** PlacementModel */
        PlacementModel: {
            alignment?: components["schemas"]["AlignmentModel"];
            insert?: components["schemas"]["InsertModel"];
        };
        /** SizeImagesAsyncModel */
        SizeImagesAsyncModel: {
            /** Height */
            height: number;
            /** Width */
            width: number;
        };
        /** StructureModel */
        StructureModel: {
            image_reference: components["schemas"]["ImageReferenceModel"];
            /** Strength */
            strength?: number;
        };
        /** StyleModel */
        StyleModel: {
            image_reference?: components["schemas"]["ImageReferenceModel"];
            /** Presets */
            presets?: string[];
            /** Strength */
            strength?: number;
        };
        /** ReferenceImage */
        ReferenceImage: {
            /** Uri */
            uri: string;
            /** Tag */
            tag?: string | null;
        };
        /** ContentModeration */
        ContentModeration: {
            /**
             * Public Figure Threshold
             * @default auto
             * @enum {string}
             */
            public_figure_threshold: "auto" | "low";
        };
        /** CharacterInput */
        CharacterInput: {
            /**
             * Type
             * @enum {string}
             */
            type: "image" | "video";
            /**
             * Uri
             * Format: uri
             */
            uri: string;
        };
        /** RunwayVoice */
        RunwayVoice: {
            /** Preset Id */
            preset_id: string;
            /**
             * Type
             * @default runway-preset
             * @enum {string}
             */
            type: "runway-preset";
        };
        /** OutputItem */
        OutputItem: {
            /** @description The output kept by the gateway; usable as a media input of another request */
            asset_id: string;
            /**
             * Format: uri
             * @description Signed, expiring link that works without a key
             */
            url: string;
            /** @description Sniffed from the bytes */
            content_type: string;
            width: number | null;
            height: number | null;
            duration_seconds: number | null;
        };
        /** Job */
        Job: {
            id: string;
            /** @description The same as `id`: the name every job-carrying answer uses */
            task_id: string;
            provider: string;
            /** @description What the job does, e.g. `bria.remove-background` */
            operation: string;
            /** @enum {string} */
            state: "queued" | "running" | "succeeded" | "failed" | "canceled" | "expired";
            progress: number | null;
            /** @description What the job was asked to work on */
            inputs: {
                /** @description The input media, kept as the caller's assets */
                asset_ids: string[];
                prompt: string | null;
                /** @description The input assets by the request field each came in, in the order the fields were read: what running the job again puts back. URLs the provider fetched itself are not assets, and masks the gateway made (border modes) are not the caller's: neither is listed. null for jobs recorded before fields were kept. */
                assets: {
                    /**
                     * @description The request body field it was sent in, as a path: `image`, `ref_images[1]` (an array item), `image.source.upload_id` (a nested field)
                     * @example image_file
                     */
                    field: string;
                    asset_id: string;
                }[] | null;
                /**
                 * @description The request body's other fields as the caller sent them, e.g. `seed`, `aspect_ratio`: with the prompt and the input assets, what running the job again puts back. Not `prompt`, not a field `assets` names whole; a field with assets inside (an array of references) is kept as sent. A field longer than 4096 characters as JSON (inline media) is left out, and so are fields past about 16384 characters in all. null for jobs recorded before parameters were kept.
                 * @example {
                 *       "seed": 7,
                 *       "aspect_ratio": "16:9"
                 *     }
                 */
                parameters: {
                    [key: string]: unknown;
                } | null;
            };
            /** @description The operation result once succeeded (asset links are signed gateway URLs). */
            result: unknown;
            /** @description The outputs kept by the gateway; empty until the job succeeds */
            outputs: components["schemas"]["OutputItem"][];
            error: {
                code: string;
                message: string;
                upstream_status?: number;
            } | null;
            upstream_id: string | null;
            upstream_status: string | null;
            /** @description Calls made to the provider for this job so far (start, polls, failed tries) */
            attempts: number;
            /** @description Of those, the ones that failed (transient failures are tried again) */
            failed_attempts: number;
            cancel_requested: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            started_at: string | null;
            finished_at: string | null;
            duration_ms: number | null;
            /** Format: uri */
            status_url: string;
            /** @description Jobs made through the OpenAI-compatible API: which target served it and why others were skipped */
            routing: {
                /** @description The model or alias asked for through /v1 */
                model: string;
                served_by: string | null;
                skipped: {
                    model: string;
                    reason: string;
                }[];
            } | null;
            usage: {
                provider: string;
                /** @description The model it is priced under */
                model: string;
                operation: string;
                items: {
                    /** @description The provider's billing unit: image, video_second, character, request, input_text_token, input_image_token, output_image_token */
                    unit: string;
                    /** @description null: the gateway cannot tell */
                    quantity: number | null;
                    /** @description From the price table; null: no public price */
                    usd_per_unit: number | null;
                    cost_usd: number | null;
                }[];
                /** @description The provider's own usage figures, where it reports them */
                provider_usage: {
                    [key: string]: unknown;
                } | null;
                /** @description Estimated; 0 for a job that did not succeed; null when no price is known */
                cost_usd: number | null;
            } | null;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail: components["schemas"]["ValidationError"][];
        };
        /** HTTPError */
        HTTPError: {
            /** Detail */
            detail: string;
            /** Provider */
            provider?: string;
            /** Upstream Status */
            upstream_status?: number;
        };
        /** ProviderError */
        ProviderError: {
            /** Detail */
            detail: string;
            /** Provider */
            provider: string;
            /**
             * Code
             * @description e.g. content_moderation, invalid_request, upstream_error, timeout
             */
            code: string;
            /**
             * Upstream Status
             * @description The HTTP status the provider answered, when it answered
             */
            upstream_status?: number;
            /**
             * Task Id
             * @description The job, for a job-backed operation
             */
            task_id?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    enhancePrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "A mountain landscape with a lake"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description The original prompt to enhance for better image generation results
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     * @example Professional headshot of a business person
                     */
                    prompt: string;
                    /**
                     * Temperature
                     * @description Temperature for prompt generation
                     * @default 0.7
                     */
                    temperature?: number;
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    promptBackgroundAdapt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "audience": "families",
                 *       "location": "Paris"
                 *     }
                 */
                "application/json": {
                    /**
                     * Audience
                     * @description Target audience for the image
                     * @example families
                     * @example young adults
                     * @example professionals
                     */
                    audience: string;
                    /**
                     * Location
                     * @description Geographic location for the image
                     * @example Paris
                     * @example Tokyo
                     * @example Morocco
                     */
                    location: string;
                    /**
                     * Temperature
                     * @description Temperature for prompt generation
                     * @default 0.7
                     */
                    temperature?: number;
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    promptGenerateBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "audience": "families",
                 *       "location": "Southern France"
                 *     }
                 */
                "application/json": {
                    /**
                     * Audience
                     * @description Target audience for the image
                     * @example families
                     * @example children
                     * @example seniors
                     */
                    audience: string;
                    /**
                     * Location
                     * @description Geographic location for the image
                     * @example Southern France
                     * @example Japan
                     * @example Italy
                     */
                    location: string;
                    /**
                     * Temperature
                     * @description Temperature for prompt generation
                     * @default 0.7
                     */
                    temperature?: number;
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    promptGenerateImageCreation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "audience": "families",
                 *       "location": "Paris"
                 *     }
                 */
                "application/json": {
                    /**
                     * Audience
                     * @description Target audience for the image
                     * @example families
                     * @example young adults
                     * @example professionals
                     */
                    audience: string;
                    /**
                     * Location
                     * @description Geographic location for the image
                     * @example Paris
                     * @example Tokyo
                     * @example Morocco
                     */
                    location: string;
                    /**
                     * Temperature
                     * @description Temperature for prompt generation
                     * @default 0.7
                     */
                    temperature?: number;
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    promptAdaptSubject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "cat",
                 *       "audience": "families",
                 *       "location": "Paris"
                 *     }
                 */
                "application/json": {
                    /**
                     * Subject
                     * @description Main subject for the image
                     * @example cat
                     * @example dog
                     * @example person
                     */
                    subject: string;
                    /**
                     * Audience
                     * @description Target audience for the image
                     * @example families
                     * @example professionals
                     * @example children
                     */
                    audience: string;
                    /**
                     * Location
                     * @description Geographic location for the image
                     * @example Paris
                     * @example Tokyo
                     * @example New York
                     */
                    location: string;
                    /**
                     * Temperature
                     * @description Temperature for prompt generation
                     * @default 0.7
                     */
                    temperature?: number;
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    promptGenerateSubjectPose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "cat"
                 *     }
                 */
                "application/json": {
                    /**
                     * Subject
                     * @description The subject to generate a pose prompt for
                     * @example cat
                     * @example dog
                     * @example person
                     */
                    subject: string;
                    /**
                     * Temperature
                     * @description Temperature for prompt generation
                     * @default 0.7
                     */
                    temperature?: number;
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    captionImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "possible_tags": [
                 *         "nature",
                 *         "landscape",
                 *         "city",
                 *         "architecture"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the image to caption
                     * @example asset://asset_sample_image
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * @description Captioning mode
                     * @default simple
                     */
                    mode?: components["schemas"]["ImageCaptionMode"];
                    /**
                     * @description Model provider to use
                     * @default openai
                     */
                    model_provider?: components["schemas"]["LlmProvider"];
                    /**
                     * Nbr Tags
                     * @description Number of tags to generate (only for image_tagging mode)
                     * @default 5
                     */
                    nbr_tags?: number;
                    /**
                     * Possible Tags
                     * @description Possible tags to choose from (only for image_tagging mode)
                     * @example [
                     *       "nature",
                     *       "landscape",
                     *       "city",
                     *       "architecture"
                     *     ]
                     */
                    possible_tags: string[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    captionVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "video_url": "asset://asset_sample_video"
                 *     }
                 */
                "application/json": {
                    /**
                     * Video Url
                     * Format: uri
                     * @description URL of the video to caption
                     * @example asset://asset_sample_video
                     */
                    video_url: string;
                    /**
                     * @description Video captioning mode
                     * @default simple
                     */
                    mode?: components["schemas"]["VideoCaptionMode"];
                    /**
                     * Nbr Tags
                     * @description Number of tags to generate (only for tagging modes)
                     * @default 5
                     */
                    nbr_tags?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaEnhancePrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "a cat on a sofa"
                 *     }
                 */
                "application/json": {
                    /** Prompt */
                    prompt: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's enhanced prompt, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description BRIA's enhanced prompt (the key has a space, as BRIA sends it) */
                            "prompt variations"?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_prompt_urls": [
                 *         "asset://asset_sample_image",
                 *         "asset://asset_sample_image"
                 *       ],
                 *       "prompt": "A mountain landscape with a lake"
                 *     }
                 */
                "application/json": {
                    /**
                     * Bria Model Version
                     * @description BRIA model version to use
                     * @default 3.2
                     * @enum {string}
                     */
                    bria_model_version?: "2.3" | "3.2";
                    /**
                     * Prompt
                     * @description Text description of the desired image (English only).
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     * @example Professional headshot of a business person
                     */
                    prompt: string;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     * @default 30
                     */
                    steps_num?: number;
                    /**
                     * Text Guidance Scale
                     * @description Text adherence strength
                     * @default 5
                     */
                    text_guidance_scale?: number;
                    /**
                     * Prompt Enhancement
                     * @description Use LLama 3 to enhance prompt
                     * @default false
                     */
                    prompt_enhancement?: boolean;
                    /**
                     * Enhance Image
                     * @description Generates images with richer details, sharper textures, and enhanced clarity
                     * @default false
                     */
                    enhance_image?: boolean;
                    /**
                     * Prompt Content Moderation
                     * @description When enabled (default: true), the input prompt is scanned for NSFW or ethically restricted terms before image generation.
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Ip Signal
                     * @description When enabled, adds an IP signature to the generated images.
                     * @default false
                     */
                    ip_signal?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * Medium
                     * @description Output medium type
                     */
                    medium?: ("photography" | "art") | null;
                    /**
                     * @description Guidance method 1
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_1?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 1 Scale
                     * @description Impact of first guidance method
                     */
                    guidance_method_1_scale?: number | null;
                    /**
                     * Guidance Method 1 Image Url
                     * @description URL of the image to use for guidance method 1
                     * @example asset://asset_sample_image
                     */
                    guidance_method_1_image_url?: string | null;
                    /**
                     * Guidance Method 1 Image File
                     * @description Base64 encoded input image for guidance method 1
                     */
                    guidance_method_1_image_file?: string | null;
                    /**
                     * @description Guidance method 2
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_2?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 2 Scale
                     * @description Impact of second guidance method
                     */
                    guidance_method_2_scale?: number | null;
                    /**
                     * Guidance Method 2 Image Url
                     * @description URL of the image to use for guidance method 2
                     * @example asset://asset_sample_image
                     */
                    guidance_method_2_image_url?: string | null;
                    /**
                     * Guidance Method 2 Image File
                     * @description Base64 encoded input image for guidance method 2
                     */
                    guidance_method_2_image_file?: string | null;
                    /**
                     * @description Image prompt mode
                     * @example regular
                     * @example style_only
                     */
                    image_prompt_mode?: components["schemas"]["ImagePromptMode"] | null;
                    /**
                     * Image Prompt File
                     * @description Base64 encoded input image for image prompt
                     */
                    image_prompt_file?: string | null;
                    /**
                     * Image Prompt Urls
                     * @description URLs of the images to use for image prompt
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    image_prompt_urls?: string[] | null;
                    /**
                     * Image Prompt Scale
                     * @description Scale of the image prompt
                     */
                    image_prompt_scale?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateImageFast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_prompt_urls": [
                 *         "asset://asset_sample_image",
                 *         "asset://asset_sample_image"
                 *       ],
                 *       "prompt": "A mountain landscape with a lake"
                 *     }
                 */
                "application/json": {
                    /**
                     * Bria Model Version
                     * @description BRIA model version to use
                     * @default 2.3
                     * @constant
                     */
                    bria_model_version?: "2.3";
                    /**
                     * Prompt
                     * @description Text description of the desired image (English only).
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     * @example Professional headshot of a business person
                     */
                    prompt: string;
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return URLs immediately
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     * @default 8
                     */
                    steps_num?: number;
                    /**
                     * Prompt Enhancement
                     * @description Use LLama 3 to enhance prompt
                     * @default false
                     */
                    prompt_enhancement?: boolean;
                    /**
                     * Enhance Image
                     * @description Generates images with richer details, sharper textures, and enhanced clarity
                     * @default false
                     */
                    enhance_image?: boolean;
                    /**
                     * Prompt Content Moderation
                     * @description When enabled (default: true), the input prompt is scanned for NSFW or ethically restricted terms before image generation.
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Ip Signal
                     * @description When enabled, adds an IP signature to the generated images.
                     * @default false
                     */
                    ip_signal?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Medium
                     * @description Output medium type
                     */
                    medium?: ("photography" | "art") | null;
                    /**
                     * @description Guidance method 1
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_1?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 1 Scale
                     * @description Impact of first guidance method
                     */
                    guidance_method_1_scale?: number | null;
                    /**
                     * Guidance Method 1 Image Url
                     * @description URL of the image to use for guidance method 1
                     * @example asset://asset_sample_image
                     */
                    guidance_method_1_image_url?: string | null;
                    /**
                     * Guidance Method 1 Image File
                     * @description Base64 encoded input image for guidance method 1
                     */
                    guidance_method_1_image_file?: string | null;
                    /**
                     * @description Guidance method 2
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_2?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 2 Scale
                     * @description Impact of second guidance method
                     */
                    guidance_method_2_scale?: number | null;
                    /**
                     * Guidance Method 2 Image Url
                     * @description URL of the image to use for guidance method 2
                     * @example asset://asset_sample_image
                     */
                    guidance_method_2_image_url?: string | null;
                    /**
                     * Guidance Method 2 Image File
                     * @description Base64 encoded input image for guidance method 2
                     */
                    guidance_method_2_image_file?: string | null;
                    /**
                     * @description Image prompt mode
                     * @example regular
                     * @example style_only
                     */
                    image_prompt_mode?: components["schemas"]["ImagePromptMode"] | null;
                    /**
                     * Image Prompt File
                     * @description Base64 encoded input image for image prompt
                     */
                    image_prompt_file?: string | null;
                    /**
                     * Image Prompt Urls
                     * @description URLs of the images to use for image prompt
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    image_prompt_urls?: string[] | null;
                    /**
                     * Image Prompt Scale
                     * @description Scale of the image prompt
                     */
                    image_prompt_scale?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateImageHd: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "A mountain landscape with a lake"
                 *     }
                 */
                "application/json": {
                    /**
                     * Bria Model Version
                     * @description BRIA model version to use
                     * @default 2.2
                     * @constant
                     */
                    bria_model_version?: "2.2";
                    /**
                     * Prompt
                     * @description Text description of the desired image (English only).
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     * @example Professional headshot of a business person
                     */
                    prompt: string;
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     * @default 30
                     */
                    steps_num?: number;
                    /**
                     * Text Guidance Scale
                     * @description Text adherence strength
                     * @default 5
                     */
                    text_guidance_scale?: number;
                    /**
                     * Prompt Enhancement
                     * @description Use LLama 3 to enhance prompt
                     * @default false
                     */
                    prompt_enhancement?: boolean;
                    /**
                     * Enhance Image
                     * @description Generates images with richer details, sharper textures, and enhanced clarity
                     * @default false
                     */
                    enhance_image?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Ip Signal
                     * @description When enabled, adds an IP signature to the generated images.
                     * @default false
                     */
                    ip_signal?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * Medium
                     * @description Output medium type
                     */
                    medium?: ("photography" | "art") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateVectorBase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_prompt_urls": [
                 *         "asset://asset_sample_image",
                 *         "asset://asset_sample_image"
                 *       ],
                 *       "prompt": "A fox in the mountains"
                 *     }
                 */
                "application/json": {
                    /**
                     * Bria Model Version
                     * @description BRIA model version to use
                     * @default 3.2
                     * @enum {string}
                     */
                    bria_model_version?: "2.3" | "3.2";
                    /**
                     * Prompt
                     * @description Text description of desired vector graphic (English only)
                     * @example A fox in the mountains
                     * @example A man in the city
                     */
                    prompt: string;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     * @default 30
                     */
                    steps_num?: number;
                    /**
                     * Text Guidance Scale
                     * @description Text adherence strength
                     * @default 5
                     */
                    text_guidance_scale?: number;
                    /**
                     * Prompt Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Ip Signal
                     * @description When enabled, adds an IP signature to the generated images.
                     * @default false
                     */
                    ip_signal?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * @description Guidance method 1
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_1?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 1 Scale
                     * @description Impact of first guidance method
                     */
                    guidance_method_1_scale?: number | null;
                    /**
                     * Guidance Method 1 Image Url
                     * @description URL of the image to use for guidance method 1
                     * @example asset://asset_sample_image
                     */
                    guidance_method_1_image_url?: string | null;
                    /**
                     * Guidance Method 1 Image File
                     * @description Base64 encoded input image for guidance method 1
                     */
                    guidance_method_1_image_file?: string | null;
                    /**
                     * @description Guidance method 2
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_2?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 2 Scale
                     * @description Impact of second guidance method
                     */
                    guidance_method_2_scale?: number | null;
                    /**
                     * Guidance Method 2 Image Url
                     * @description URL of the image to use for guidance method 2
                     * @example asset://asset_sample_image
                     */
                    guidance_method_2_image_url?: string | null;
                    /**
                     * Guidance Method 2 Image File
                     * @description Base64 encoded input image for guidance method 2
                     */
                    guidance_method_2_image_file?: string | null;
                    /**
                     * @description Image prompt mode
                     * @example regular
                     * @example style_only
                     */
                    image_prompt_mode?: components["schemas"]["ImagePromptMode"] | null;
                    /**
                     * Image Prompt File
                     * @description Base64 encoded input image for image prompt
                     */
                    image_prompt_file?: string | null;
                    /**
                     * Image Prompt Urls
                     * @description URLs of the images to use for image prompt
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    image_prompt_urls?: string[] | null;
                    /**
                     * Image Prompt Scale
                     * @description Scale of the image prompt
                     */
                    image_prompt_scale?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaVectorGenerationFast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_prompt_urls": [
                 *         "asset://asset_sample_image",
                 *         "asset://asset_sample_image"
                 *       ],
                 *       "prompt": "A fox in the mountains"
                 *     }
                 */
                "application/json": {
                    /**
                     * Bria Model Version
                     * @description BRIA model version to use
                     * @default 2.3
                     * @constant
                     */
                    bria_model_version?: "2.3";
                    /**
                     * Prompt
                     * @description Text description of desired vector graphic (English only)
                     * @example A fox in the mountains
                     * @example A man in the city
                     */
                    prompt: string;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     * @default 8
                     */
                    steps_num?: number;
                    /**
                     * Prompt Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Ip Signal
                     * @description When enabled, adds an IP signature to the generated images.
                     * @default false
                     */
                    ip_signal?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * @description Guidance method 1
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_1?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 1 Scale
                     * @description Impact of first guidance method
                     */
                    guidance_method_1_scale?: number | null;
                    /**
                     * Guidance Method 1 Image Url
                     * @description URL of the image to use for guidance method 1
                     * @example asset://asset_sample_image
                     */
                    guidance_method_1_image_url?: string | null;
                    /**
                     * Guidance Method 1 Image File
                     * @description Base64 encoded input image for guidance method 1
                     */
                    guidance_method_1_image_file?: string | null;
                    /**
                     * @description Guidance method 2
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_2?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 2 Scale
                     * @description Impact of second guidance method
                     */
                    guidance_method_2_scale?: number | null;
                    /**
                     * Guidance Method 2 Image Url
                     * @description URL of the image to use for guidance method 2
                     * @example asset://asset_sample_image
                     */
                    guidance_method_2_image_url?: string | null;
                    /**
                     * Guidance Method 2 Image File
                     * @description Base64 encoded input image for guidance method 2
                     */
                    guidance_method_2_image_file?: string | null;
                    /**
                     * @description Image prompt mode
                     * @example regular
                     * @example style_only
                     */
                    image_prompt_mode?: components["schemas"]["ImagePromptMode"] | null;
                    /**
                     * Image Prompt File
                     * @description Base64 encoded input image for image prompt
                     */
                    image_prompt_file?: string | null;
                    /**
                     * Image Prompt Urls
                     * @description URLs of the images to use for image prompt
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    image_prompt_urls?: string[] | null;
                    /**
                     * Image Prompt Scale
                     * @description Scale of the image prompt
                     */
                    image_prompt_scale?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateVariation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "prompt": "Beautiful sunset colors"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description Text description of desired output image.
                     * @example Beautiful sunset colors
                     * @example Black and white vintage photo
                     */
                    prompt: string;
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return URLs immediately
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Fast
                     * @description Use fast generation mode for speed/quality balance
                     * @default true
                     */
                    fast?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     * @default 30
                     */
                    steps_num?: number;
                    /**
                     * Ref Image Influence
                     * @description Weight of reference image in generation
                     * @default 0.75
                     */
                    ref_image_influence?: number;
                    /**
                     * Include Generation Prefix
                     * @description Auto-prepend Custom Model's training prefix to prompt
                     * @default true
                     */
                    include_generation_prefix?: boolean;
                    /**
                     * Enhance Image
                     * @description Generates images with richer details, sharper textures, and enhanced clarity
                     * @default false
                     */
                    enhance_image?: boolean;
                    /**
                     * Prompt Content Moderation
                     * @description When enabled (default: true), the input prompt is scanned for NSFW or ethically restricted terms before image generation.
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Ip Signal
                     * @description When enabled, adds an IP signature to the generated images.
                     * @default false
                     */
                    ip_signal?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Image Url
                     * @description URL of reference image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded reference image
                     */
                    image_file?: string | null;
                    /**
                     * Tailored Model Id
                     * @description ID of Custom Model trained model to use
                     */
                    tailored_model_id?: string | null;
                    /**
                     * Tailored Model Influence
                     * @description Weight of tailored model in generation
                     */
                    tailored_model_influence?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGetMasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * @description URL of reference image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded reference image
                     */
                    image_file?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: a zip of the masks, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description A ZIP of the masks
                             */
                            masks_url?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaRemoveBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to remove background from. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Preserve Alpha
                     * @description Controls whether partially transparent areas from input are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaProductCutout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * @description URL of reference image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded reference image
                     */
                    image_file?: string | null;
                    /**
                     * Force Rmbg
                     * @description Force background removal even if alpha channel exists
                     * @default false
                     */
                    force_rmbg?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the cut-out product, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The cut-out product
                             */
                            image_url?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaCropForeground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to crop foreground from. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Padding
                     * @description Amount of padding around the foreground in pixels
                     * @default 0
                     */
                    padding?: number;
                    /**
                     * Force Background Detection
                     * @description Force background detection and removal even if alpha channel exists
                     * @default false
                     */
                    force_background_detection?: boolean;
                    /**
                     * Preserve Alpha
                     * @description Controls whether alpha channel values are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaErase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image",
                 *       "mask": "asset_sample_mask"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to erase objects from. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Mask
                     * @description The mask image indicating areas to erase. Accepts URL or base64 encoded string.
                     * @example asset_sample_mask
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    mask: string;
                    /**
                     * @description Type of mask - manual for user-drawn or automatic for algorithm-generated
                     * @default manual
                     * @example manual
                     * @example automatic
                     */
                    mask_type?: components["schemas"]["MaskType"];
                    /**
                     * Preserve Alpha
                     * @description Controls whether alpha channel values are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaEraseForeground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to erase foreground from. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Preserve Alpha
                     * @description Controls whether alpha channel values are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaInpainting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image",
                 *       "mask": "asset_sample_mask",
                 *       "prompt": "A red balloon in the sky"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to apply generative fill to. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Mask
                     * @description The mask image indicating areas to fill. Accepts URL or base64 encoded string. Optional when mask_type is 'border_only'.
                     */
                    mask?: string | null;
                    /**
                     * Prompt
                     * @description Text description for the object generation.
                     * @example A camera on the beach
                     */
                    prompt: string;
                    /**
                     * @description Type of mask - manual, automatic, or border_only for custom border processing
                     * @default manual
                     * @example manual
                     * @example automatic
                     * @example border_only
                     */
                    mask_type?: components["schemas"]["MaskType"];
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude from generation
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Preserve Alpha
                     * @description Controls whether alpha channel values are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Prompt Content Moderation
                     * @description Enable content moderation on prompts
                     * @default true
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                    /**
                     * Border Percentage
                     * @description Percentage of border to inpaint when using border_only mode
                     */
                    border_percentage?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaExpandImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image",
                 *       "aspect_ratio": "16:9",
                 *       "prompt": "A calm sea under a clear sky"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description Input image (URL or base64)
                     * @example asset_sample_image
                     */
                    image: string;
                    /**
                     * Canvas Size
                     * @description Canvas size (width, height)
                     * @example [
                     *       2048,
                     *       2048
                     *     ]
                     * @example [
                     *       3072,
                     *       2048
                     *     ]
                     */
                    canvas_size?: number[] | null;
                    /**
                     * Aspect Ratio
                     * @description Target aspect ratio for automatic mode
                     */
                    aspect_ratio?: ("1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4") | null;
                    /**
                     * @description Image positioning for automatic mode
                     * @example center_horizontal
                     * @example center_vertical
                     */
                    position?: components["schemas"]["ManualPlacement"] | null;
                    /**
                     * Padding Left
                     * @description Percentage of left padding to add
                     */
                    padding_left?: number | null;
                    /**
                     * Padding Right
                     * @description Percentage of right padding to add
                     */
                    padding_right?: number | null;
                    /**
                     * Padding Top
                     * @description Percentage of top padding to add
                     */
                    padding_top?: number | null;
                    /**
                     * Padding Bottom
                     * @description Percentage of bottom padding to add
                     */
                    padding_bottom?: number | null;
                    /**
                     * Prompt
                     * @description Text description for expanded area generation
                     * @default
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     * @example Professional headshot of a business person
                     */
                    prompt?: string | null;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * Preserve Alpha
                     * @description Preserve alpha channel in the output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Content moderation for input visuals
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Content moderation for output visuals
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                    /**
                     * Prompt Content Moderation
                     * @description Content moderation for prompts
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default false
                     */
                    sync?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaBlurBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to blur background from. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Scale
                     * @description Scale for determining how blurry the background should be (1-5)
                     * @default 5
                     */
                    scale?: number;
                    /**
                     * Preserve Alpha
                     * @description Controls whether alpha channel values are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateSolidBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * @description URL of reference image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded reference image
                     */
                    image_file?: string | null;
                    /**
                     * Background Color
                     * @description Hex color code for background or 'transparent'
                     * @default #FFFFFF
                     */
                    background_color?: string;
                    /**
                     * Force Rmbg
                     * @description Force background removal even if alpha channel exists
                     * @default false
                     */
                    force_rmbg?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the packshot, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The packshot
                             */
                            image_url?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image",
                 *       "ref_images": [
                 *         "asset://asset_sample_image",
                 *         "asset://asset_sample_image"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to replace background for. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Ref Images
                     * @description Reference image(s) for background generation. Accepts single image (URL or base64) or list of images.
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     * @example [
                     *       "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
                     *     ]
                     */
                    ref_images?: string[] | null;
                    /**
                     * Enhance Ref Images
                     * @description Process reference image for optimal results
                     * @default true
                     */
                    enhance_ref_images?: boolean;
                    /**
                     * Prompt
                     * @description Text description of desired background. Either ref_images or prompt required.
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     */
                    prompt?: string | null;
                    /**
                     * Refine Prompt
                     * @description Use LLM to optimize prompt for better results
                     * @default true
                     */
                    refine_prompt?: boolean;
                    /**
                     * Prompt Content Moderation
                     * @description Enable content moderation on prompts
                     * @default true
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude from generation (only when fast=false)
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * Original Quality
                     * @description Maintain original image size, otherwise scale to 1MP
                     * @default false
                     */
                    original_quality?: boolean;
                    /**
                     * Force Background Detection
                     * @description Force background detection even if alpha channel exists
                     * @default false
                     */
                    force_background_detection?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Fast
                     * @description Use fast generation mode for speed/quality balance
                     * @default false
                     */
                    fast?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateProductShadow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * @description URL of input image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded input image
                     */
                    image_file?: string | null;
                    /**
                     * Shadow Type
                     * @description Type of shadow
                     * @default regular
                     */
                    shadow_type?: ("regular" | "float") | null;
                    /**
                     * Shadow Color
                     * @description Hex color code for shadow
                     * @default #000000
                     */
                    shadow_color?: string | null;
                    /**
                     * Shadow Intensity
                     * @description Shadow intensity
                     * @default 60
                     */
                    shadow_intensity?: number | null;
                    /**
                     * Shadow Offset
                     * @description Shadow position relative to object in pixels (x, y)
                     * @default [
                     *       0,
                     *       15
                     *     ]
                     */
                    shadow_offset?: number[] | null;
                    /**
                     * Shadow Blur
                     * @description Blur level of shadow edges
                     * @example 10
                     * @example 20
                     * @example 30
                     */
                    shadow_blur?: number | null;
                    /**
                     * Shadow Width
                     * @description Width of elliptical shadow in pixels
                     * @example 100
                     * @example 200
                     * @example 300
                     */
                    shadow_width?: number | null;
                    /**
                     * Shadow Height
                     * @description Height of elliptical shadow in pixels
                     * @example 100
                     * @example 200
                     * @example 300
                     */
                    shadow_height?: number | null;
                    /**
                     * Background Color
                     * @description Hex color code for background
                     * @example #FF0000
                     * @example #00FF00
                     * @example #0000FF
                     */
                    background_color?: string | null;
                    /**
                     * Force Rmbg
                     * @description Force background removal even if alpha channel exists
                     * @default false
                     */
                    force_rmbg?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image with its shadow, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image with its shadow
                             */
                            image_url?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateProductBackgroundByText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "scene_description": "A mountain landscape with a lake"
                 *     }
                 */
                "application/json": {
                    /**
                     * Scene Description
                     * @description Text description of desired scene/background (English only).
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     */
                    scene_description: string;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Image Url
                     * @description URL of reference image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded reference image
                     */
                    image_file?: string | null;
                    /**
                     * Fast
                     * @description Use fast generation mode
                     * @default true
                     */
                    fast?: boolean;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Optimize Description
                     * @description Optimize scene description using Meta Llama 3
                     * @default false
                     */
                    optimize_description?: boolean;
                    /**
                     * Original Quality
                     * @description Preserve input image size for 'original' placement
                     * @default false
                     */
                    original_quality?: boolean;
                    /**
                     * Force Rmbg
                     * @description Force background removal even if alpha channel exists
                     * @default false
                     */
                    force_rmbg?: boolean;
                    /**
                     * @description Controls product positioning.
                     * @default original
                     * @example original
                     * @example automatic
                     */
                    placement_type?: components["schemas"]["PlacementType"];
                    /**
                     * @description Placement position for manual_placement
                     * @default center_horizontal
                     * @example upper_left
                     * @example bottom_left
                     */
                    manual_placement_selection?: components["schemas"]["ManualPlacement"];
                    /**
                     * Padding Values
                     * @description Padding [left,right,top,bottom] for manual_padding
                     * @default [
                     *       0,
                     *       0,
                     *       0,
                     *       0
                     *     ]
                     */
                    padding_values?: [
                        number,
                        number,
                        number,
                        number
                    ];
                    /**
                     * Exclude Elements
                     * @description Elements to exclude from scene (English only)
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    exclude_elements?: string | null;
                    /**
                     * Canvas For Packshot Size
                     * @description Desired canvas for packshot size
                     * @example [
                     *       2048,
                     *       2048
                     *     ]
                     * @example [
                     *       3072,
                     *       2048
                     *     ]
                     */
                    canvas_for_packshot_size?: number[] | null;
                    /**
                     * Foreground Image Size
                     * @description Desired foreground image dimensions [width, height]
                     * @example [
                     *       2048,
                     *       2048
                     *     ]
                     * @example [
                     *       3072,
                     *       2048
                     *     ]
                     */
                    foreground_image_size?: number[] | null;
                    /**
                     * Foreground Image Location
                     * @description Desired foreground image position [x,y]
                     * @example [
                     *       100,
                     *       100
                     *     ]
                     * @example [
                     *       200,
                     *       200
                     *     ]
                     */
                    foreground_image_location?: number[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGenerateProductBackgroundByImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "ref_image_urls": [
                 *         "asset://asset_sample_image"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Image Url
                     * @description URL of reference image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded reference image
                     */
                    image_file?: string | null;
                    /**
                     * Ref Image Urls
                     * @description URLs of reference images to generate from
                     * @example [
                     *       "asset://asset_sample_image"
                     *     ]
                     * @example [
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    ref_image_urls?: string[] | null;
                    /**
                     * Ref Image File
                     * @description Base64 encoded reference images
                     */
                    ref_image_file?: string | null;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Enhance Ref Image
                     * @description Process reference image for optimal results
                     * @default true
                     */
                    enhance_ref_image?: boolean;
                    /**
                     * Ref Image Influence
                     * @description Weight of reference image in generation
                     * @default 1
                     */
                    ref_image_influence?: number;
                    /**
                     * Original Quality
                     * @description Preserve input image size for 'original' placement
                     * @default false
                     */
                    original_quality?: boolean;
                    /**
                     * Force Rmbg
                     * @description Force background removal even if alpha channel exists
                     * @default false
                     */
                    force_rmbg?: boolean;
                    /**
                     * @description Controls product positioning.
                     * @default original
                     * @example original
                     * @example automatic
                     */
                    placement_type?: components["schemas"]["PlacementType"];
                    /**
                     * @description Placement position for manual_placement
                     * @default center_horizontal
                     * @example upper_left
                     * @example bottom_left
                     */
                    manual_placement_selection?: components["schemas"]["ManualPlacement"];
                    /**
                     * Padding Values
                     * @description Padding [left,right,top,bottom] for manual_padding
                     * @default [
                     *       0,
                     *       0,
                     *       0,
                     *       0
                     *     ]
                     */
                    padding_values?: [
                        number,
                        number,
                        number,
                        number
                    ];
                    /**
                     * Canvas For Packshot Size
                     * @description Desired canvas for packshot size
                     * @example [
                     *       2048,
                     *       2048
                     *     ]
                     * @example [
                     *       3072,
                     *       2048
                     *     ]
                     */
                    canvas_for_packshot_size?: number[] | null;
                    /**
                     * Foreground Image Size
                     * @description Desired foreground image dimensions [width, height]
                     * @example [
                     *       2048,
                     *       2048
                     *     ]
                     * @example [
                     *       3072,
                     *       2048
                     *     ]
                     */
                    foreground_image_size?: number[] | null;
                    /**
                     * Foreground Image Location
                     * @description Desired foreground image position [x,y]
                     * @example [
                     *       100,
                     *       100
                     *     ]
                     * @example [
                     *       200,
                     *       200
                     *     ]
                     */
                    foreground_image_location?: number[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's images and their seeds, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The first image
                             */
                            image_url?: string;
                            /** @description Every image, in order */
                            image_urls?: string[];
                            /** @description Each image's seed */
                            seeds?: (number | null)[];
                            /** @description Results content moderation withheld */
                            blocked?: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaEnhanceImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description Input image (URL or base64)
                     * @example asset_sample_image
                     */
                    image: string;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Content moderation for input visuals
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Content moderation for output visuals
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Steps Num
                     * @description Number of enhancement steps. Higher values improve quality but increase processing time.
                     * @default 20
                     */
                    steps_num?: number | null;
                    /**
                     * @description Target output resolution of the enhanced image
                     * @default 1MP
                     */
                    resolution?: components["schemas"]["EnhanceResolution"];
                    /**
                     * Preserve Alpha
                     * @description Preserve alpha channel in the output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaUpscaleImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": "asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image
                     * @description The image to upscale. Accepts URL or base64 encoded string.
                     * @example asset_sample_image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
                     */
                    image: string;
                    /**
                     * Preserve Alpha
                     * @description Controls whether the alpha channel values from input are retained in output
                     * @default true
                     */
                    preserve_alpha?: boolean;
                    /**
                     * Desired Increase
                     * @description Factor by which to increase resolution (2 or 4)
                     * @default 2
                     * @enum {integer}
                     */
                    desired_increase?: 2 | 4;
                    /**
                     * Sync
                     * @description If True, wait for results. If False, return status URL immediately
                     * @default false
                     */
                    sync?: boolean;
                    /**
                     * Visual Input Content Moderation
                     * @description Enable content moderation on input visual
                     * @default false
                     */
                    visual_input_content_moderation?: boolean;
                    /**
                     * Visual Output Content Moderation
                     * @description Enable content moderation on output visual
                     * @default false
                     */
                    visual_output_content_moderation?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's result: the image, and the seed and prompt it used where it says, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seed?: number;
                            prompt?: string;
                            refined_prompt?: string;
                            structured_prompt?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaVideoRemoveBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "video": "asset://asset_sample_video"
                 *     }
                 */
                "application/json": {
                    /**
                     * Video
                     * Format: uri
                     * @description Publicly accessible URL of the input video. Input resolution supported up to 16000x16000 (16K)
                     * @example asset://asset_sample_video
                     */
                    video: string;
                    /**
                     * Background Color
                     * @description Predefined string only - hex values are not supported
                     * @default Transparent
                     */
                    background_color?: ("Transparent" | "Black" | "White" | "Gray" | "Red" | "Green" | "Blue" | "Yellow" | "Cyan" | "Magenta" | "Orange") | null;
                    /**
                     * Output Container And Codec
                     * @description Output container and codec preset
                     * @default webm_vp9
                     */
                    output_container_and_codec?: ("mp4_h264" | "mp4_h265" | "webm_vp9" | "mov_h265" | "mov_proresks" | "mkv_h264" | "mkv_h265" | "mkv_vp9" | "mkv_raw" | "gif" | "avi_h264") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA's video, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The video without its background
                             */
                            video_url?: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaGetStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Status
                         * @description Current status of the request
                         * @enum {string}
                         */
                        status: "IN_PROGRESS" | "COMPLETED" | "ERROR" | "UNKNOWN";
                        /**
                         * Request Id
                         * @description Unique identifier of the request
                         */
                        request_id: string;
                        /**
                         * Result
                         * @description Result object when status is COMPLETED (contains image_url, seed, prompt, refined_prompt)
                         */
                        result?: {
                            [key: string]: unknown;
                        } | null;
                        /**
                         * Error
                         * @description Error object when status is ERROR (contains message and optional code)
                         */
                        error?: {
                            [key: string]: unknown;
                        } | null;
                        /** @description The job (the same as request_id) */
                        task_id: string;
                        /** @description The outputs kept by the gateway; empty until COMPLETED */
                        outputs: components["schemas"]["OutputItem"][];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    briaLoraGenerateImages: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model_id": "4400",
                 *       "prompt": "A fox in the mountains"
                 *     }
                 */
                "application/json": {
                    /**
                     * Model Id
                     * @description ID of the Lora model to use
                     */
                    model_id: string;
                    /**
                     * Prompt
                     * @description Text prompt for generation (English only)
                     * @example A mountain landscape with a lake
                     * @example A cozy coffee shop interior
                     */
                    prompt: string;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of images to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Fast
                     * @description Use fast generation mode for speed/quality balance
                     * @default false
                     */
                    fast?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations. When fast=false, the default value is 30, the minimum is 20 and the maximum is 50
                     */
                    steps_num?: number | null;
                    /**
                     * Model Influence
                     * @description Influence of the Lora model
                     */
                    model_influence?: number | null;
                    /**
                     * Include Generation Prefix
                     * @description Auto-prepend Custom Model's training prefix to prompt
                     * @default true
                     */
                    include_generation_prefix?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA tailored generation: the image and its seed, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The image
                             */
                            image_url?: string;
                            seed?: number | null;
                            /** @description The images, when there are several */
                            image_urls?: string[];
                            seeds?: (number | null)[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGenerateVector: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model_id": "4400",
                 *       "prompt": "A fox in the mountains"
                 *     }
                 */
                "application/json": {
                    /**
                     * Bria Model Version
                     * @description BRIA model version to use
                     * @default 3.2
                     * @enum {string}
                     */
                    bria_model_version?: "2.3" | "3.2";
                    /**
                     * Model Id
                     * @description ID of the Lora model to use
                     */
                    model_id: string;
                    /**
                     * Prompt
                     * @description Text description of desired vector graphic (English only)
                     * @example A fox in the mountains
                     * @example A man in the city
                     */
                    prompt: string;
                    /**
                     * Aspect Ratio
                     * @description Image aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2" | "3:4" | "4:3" | "16:9" | "9:16" | "4:5" | "5:4";
                    /**
                     * Num Results
                     * @description Number of vectors to generate
                     * @default 1
                     */
                    num_results?: number;
                    /**
                     * Sync
                     * @description If True, wait for results
                     * @default true
                     */
                    sync?: boolean;
                    /**
                     * Steps Num
                     * @description Number of refinement iterations
                     */
                    steps_num?: number | null;
                    /**
                     * Text Guidance Scale
                     * @description Text adherence strength
                     */
                    text_guidance_scale?: number | null;
                    /**
                     * Prompt Content Moderation
                     * @description When enabled, the input prompt is scanned for NSFW or ethically restricted terms before image generation.
                     * @default false
                     */
                    prompt_content_moderation?: boolean;
                    /**
                     * Content Moderation
                     * @description When enabled, applies content moderation to both input visuals and generated outputs.
                     * @default false
                     */
                    content_moderation?: boolean;
                    /**
                     * Seed
                     * @description Seed for reproducible results
                     */
                    seed?: number | null;
                    /**
                     * Negative Prompt
                     * @description Elements to exclude
                     * @example text
                     * @example logo
                     * @example watermark
                     * @example background
                     */
                    negative_prompt?: string | null;
                    /**
                     * Model Influence
                     * @description Influence of the Lora model
                     */
                    model_influence?: number | null;
                    /**
                     * Include Generation Prefix
                     * @description Auto-prepend Custom Model's training prefix to prompt
                     * @default true
                     */
                    include_generation_prefix?: boolean;
                    /**
                     * @description Guidance method 1
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_1?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 1 Scale
                     * @description Impact of first guidance method
                     */
                    guidance_method_1_scale?: number | null;
                    /**
                     * Guidance Method 1 Image Url
                     * @description URL of the image to use for guidance method 1
                     * @example asset://asset_sample_image
                     */
                    guidance_method_1_image_url?: string | null;
                    /**
                     * Guidance Method 1 Image File
                     * @description Base64 encoded input image for guidance method 1
                     */
                    guidance_method_1_image_file?: string | null;
                    /**
                     * @description Guidance method 2
                     * @example controlnet_canny
                     * @example controlnet_depth
                     */
                    guidance_method_2?: components["schemas"]["ControlnetType"] | null;
                    /**
                     * Guidance Method 2 Scale
                     * @description Impact of second guidance method
                     */
                    guidance_method_2_scale?: number | null;
                    /**
                     * Guidance Method 2 Image Url
                     * @description URL of the image to use for guidance method 2
                     * @example asset://asset_sample_image
                     */
                    guidance_method_2_image_url?: string | null;
                    /**
                     * Guidance Method 2 Image File
                     * @description Base64 encoded input image for guidance method 2
                     */
                    guidance_method_2_image_file?: string | null;
                    /**
                     * @description Image prompt mode
                     * @example regular
                     * @example style_only
                     */
                    image_prompt_mode?: components["schemas"]["ImagePromptMode"] | null;
                    /**
                     * Image Prompt File
                     * @description Base64 encoded input image for image prompt
                     */
                    image_prompt_file?: string | null;
                    /**
                     * Image Prompt Urls
                     * @description URLs of the images to use for image prompt
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    image_prompt_urls?: string[] | null;
                    /**
                     * Image Prompt Scale
                     * @description Scale of the image prompt
                     */
                    image_prompt_scale?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description BRIA tailored generation: the vector and its seed, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /**
                             * Format: uri
                             * @description The vector
                             */
                            vector_url?: string;
                            seed?: number | null;
                            /** @description The vectors, when there are several */
                            vector_urls?: string[];
                            seeds?: (number | null)[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetAllProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraCreateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_name": "Sample illustrations",
                 *       "ip_medium": "illustration",
                 *       "ip_type": "style"
                 *     }
                 */
                "application/json": {
                    /**
                     * Project Name
                     * @description Name of the project
                     */
                    project_name: string;
                    /**
                     * Ip Medium
                     * @description Medium of the IP
                     * @enum {string}
                     */
                    ip_medium: "photography" | "illustration";
                    /**
                     * Ip Type
                     * @description Type of the IP
                     * @enum {string}
                     */
                    ip_type: "multi_object_set" | "object_variants" | "defined_character" | "style";
                    /**
                     * Project Description
                     * @description Description of the project
                     */
                    project_description?: string | null;
                    /**
                     * Ip Name
                     * @description Name of the IP (required for defined_character)
                     */
                    ip_name?: string | null;
                    /**
                     * Ip Description
                     * @description Description of the IP
                     */
                    ip_description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraUpdateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1100,
                 *       "project_description": "Flat-colour illustrations"
                 *     }
                 */
                "application/json": {
                    /**
                     * Project Id
                     * @description ID of the project to update
                     */
                    project_id: number;
                    /**
                     * Project Name
                     * @description New project name
                     */
                    project_name?: string | null;
                    /**
                     * Project Description
                     * @description New project description
                     */
                    project_description?: string | null;
                    /**
                     * Ip Name
                     * @description New IP name
                     */
                    ip_name?: string | null;
                    /**
                     * Ip Description
                     * @description New IP description
                     */
                    ip_description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraDeleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetAllDatasets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraCreateDataset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "project_id": 1100,
                 *       "name": "Sample dataset"
                 *     }
                 */
                "application/json": {
                    /**
                     * Project Id
                     * @description ID of the project
                     */
                    project_id: number;
                    /**
                     * Name
                     * @description Name of the dataset
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraUpdateDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dataset_id": 2200,
                 *       "status": "completed"
                 *     }
                 */
                "application/json": {
                    /**
                     * Dataset Id
                     * @description ID of the dataset to update
                     */
                    dataset_id: number;
                    /**
                     * Name
                     * @description New dataset name
                     */
                    name?: string | null;
                    /**
                     * Caption Prefix
                     * @description New caption prefix
                     */
                    caption_prefix?: string | null;
                    /**
                     * Status
                     * @description New status
                     */
                    status?: ("draft" | "completed") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraDeleteDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetProjectDatasets: {
        parameters: {
            query?: {
                include_models?: boolean;
                include_models_ids?: boolean;
            };
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetDatasetImages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraUploadImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dataset_id": 2200,
                 *       "image_url": "asset://asset_sample_image",
                 *       "image_name": "sun.png"
                 *     }
                 */
                "application/json": {
                    /**
                     * Dataset Id
                     * @description ID of the dataset to upload the image to
                     */
                    dataset_id: number;
                    /**
                     * File Path
                     * @description Path to the image file
                     */
                    file_path?: string | null;
                    /**
                     * Image Url
                     * @description URL of the image
                     */
                    image_url?: string | null;
                    /**
                     * Image Name
                     * @description Name of the image
                     */
                    image_name?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetDatasetImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
                image_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraDeleteImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
                image_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraUpdateImageCaption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
                image_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dataset_id": 2200,
                 *       "image_id": 3300,
                 *       "caption": "an orange sun over a green field"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Id
                     * @description ID of the image to update
                     */
                    image_id: number;
                    /**
                     * Dataset Id
                     * @description ID of the dataset containing the image
                     */
                    dataset_id: number;
                    /**
                     * Caption
                     * @description New manual caption
                     */
                    caption?: string | null;
                    /**
                     * Regenerate Caption
                     * @description Whether to regenerate caption automatically
                     * @default false
                     */
                    regenerate_caption?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraRegenerateAllCaptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dataset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetAllModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraCreateModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Sample style",
                 *       "dataset_id": 2200,
                 *       "training_version": "light"
                 *     }
                 */
                "application/json": {
                    /**
                     * Name
                     * @description Model name
                     */
                    name: string;
                    /**
                     * Dataset Id
                     * @description Dataset ID to use for training
                     */
                    dataset_id: number;
                    /**
                     * Training Version
                     * @description Training version
                     * @enum {string}
                     */
                    training_version: "light" | "max";
                    /**
                     * Description
                     * @description Model description
                     */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraUpdateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model_id": 4400,
                 *       "description": "Flat colours, trained on the sample image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Model Id
                     * @description ID of the model to update
                     */
                    model_id: number;
                    /**
                     * Name
                     * @description New model name
                     */
                    name?: string | null;
                    /**
                     * Description
                     * @description New model description
                     */
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraDeleteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraGetProjectModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                project_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraStartTraining: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    briaLoraStopTraining: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleImagenGenerateImageWithPrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": {
                    /**
                     * @description Imagen model to use
                     * @default imagen-4.0-fast-generate-preview-06-06
                     */
                    model_name?: components["schemas"]["ModelName"] | null;
                    /**
                     * Prompt
                     * @description Text description of the desired image
                     * @default A beautiful sunset over mountains
                     */
                    prompt?: string;
                    /**
                     * Aspect Ratio
                     * @description Desired aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "9:16" | "16:9" | "3:4" | "4:3";
                    /**
                     * Number Of Images
                     * @description Number of images to generate
                     * @default 1
                     */
                    number_of_images?: number;
                    /**
                     * Use Fast Model
                     * @description Use faster model variant when available
                     * @default true
                     */
                    use_fast_model?: boolean;
                    /**
                     * Add Watermark
                     * @description Add watermark to generated images
                     * @default false
                     */
                    add_watermark?: boolean;
                    /**
                     * @description Content safety filtering level
                     * @default BLOCK_MEDIUM_AND_ABOVE
                     */
                    safety_filter_level?: components["schemas"]["SafetyFilterLevel"];
                    /**
                     * @description Person generation policy
                     * @default ALLOW_ALL
                     */
                    person_generation?: components["schemas"]["ImagenPersonGeneration"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Imagen's images, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of) */
                            model?: string;
                            /** @description Images the safety filter withheld */
                            filtered?: number;
                            filtered_reasons?: string[];
                            /** @description The Imagen model Google no longer has, when Gemini made the images in its place */
                            instead_of?: string;
                            /** @description Present (true) when Gemini made the images: it marks every image with SynthID */
                            synthid_watermark?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleImagenGenerateWithImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "guidance_type": "style",
                 *       "ref_image_1_url": "asset://asset_sample_image",
                 *       "ref_image_1_description": "flat colours",
                 *       "prompt": "A lighthouse at dusk in the style of [1]"
                 *     }
                 */
                "application/json": {
                    /**
                     * Guidance Type
                     * @description Type of guidance
                     * @example style
                     * @example subject
                     * @enum {string}
                     */
                    guidance_type: "style" | "subject";
                    /**
                     * Ref Image 1 Url
                     * Format: uri
                     * @description URL of the first reference image
                     * @example asset://asset_sample_image
                     */
                    ref_image_1_url: string;
                    /**
                     * Ref Image 1 Description
                     * @description Description of the first reference image, if guidance_type is style, describe only the style of the reference image, if guidance_type is subject, describe only the subject of the reference image
                     * @example neon vintage
                     */
                    ref_image_1_description?: string | null;
                    /**
                     * Ref Image 2 Url
                     * @description URL of the second reference image
                     * @example asset://asset_sample_image
                     */
                    ref_image_2_url?: string | null;
                    /**
                     * Ref Image 2 Description
                     * @description Description of the second reference image
                     * @example black and white
                     */
                    ref_image_2_description?: string | null;
                    /** @description Subject type (required when guidance_type='subject') */
                    subject_type?: components["schemas"]["SubjectReferenceType"] | null;
                    /**
                     * Prompt
                     * @description Generation prompt. For prompting guidelines see examples [style](https://cloud.google.com/vertex-ai/generative-ai/docs/image/style-customization) , [subject](https://cloud.google.com/vertex-ai/generative-ai/docs/image/subject-customization)
                     * @example generate an image of a neon sign [1] with the words: have a great day in black and white [2]
                     */
                    prompt?: string | null;
                    /**
                     * Aspect Ratio
                     * @description Desired aspect ratio
                     * @example 1:1
                     * @example 9:16
                     * @example 16:9
                     * @example 3:4
                     * @example 4:3
                     */
                    aspect_ratio?: ("1:1" | "9:16" | "16:9" | "3:4" | "4:3") | null;
                    /**
                     * @description Content safety filtering level
                     * @default BLOCK_MEDIUM_AND_ABOVE
                     */
                    safety_filter_level?: components["schemas"]["SafetyFilterLevel"];
                    /**
                     * @description Person generation policy
                     * @default ALLOW_ALL
                     */
                    person_generation?: components["schemas"]["ImagenPersonGeneration"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Imagen's images, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of) */
                            model?: string;
                            /** @description Images the safety filter withheld */
                            filtered?: number;
                            filtered_reasons?: string[];
                            /** @description The Imagen model Google no longer has, when Gemini made the images in its place */
                            instead_of?: string;
                            /** @description Present (true) when Gemini made the images: it marks every image with SynthID */
                            synthid_watermark?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleImagenGenerateVariation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the source image
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * Prompt
                     * @description Text prompt describing the desired changes
                     * @example Add sunglasses and change the background to a beach scene
                     */
                    prompt?: string | null;
                    /**
                     * @description Control type for variation
                     * @default CONTROL_TYPE_CANNY
                     * @example CONTROL_TYPE_CANNY
                     * @example CONTROL_TYPE_SCRIBBLE
                     */
                    control_type?: components["schemas"]["ControlReferenceType"];
                    /**
                     * Number Of Images
                     * @description Number of images to generate
                     * @default 1
                     */
                    number_of_images?: number;
                    /**
                     * Aspect Ratio
                     * @description Desired aspect ratio
                     * @example 1:1
                     * @example 9:16
                     * @example 16:9
                     * @example 3:4
                     * @example 4:3
                     */
                    aspect_ratio?: ("1:1" | "9:16" | "16:9" | "3:4" | "4:3") | null;
                    /**
                     * @description Content safety filtering level
                     * @default BLOCK_MEDIUM_AND_ABOVE
                     */
                    safety_filter_level?: components["schemas"]["SafetyFilterLevel"];
                    /**
                     * @description Person generation policy
                     * @default ALLOW_ALL
                     */
                    person_generation?: components["schemas"]["ImagenPersonGeneration"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Imagen's images, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of) */
                            model?: string;
                            /** @description Images the safety filter withheld */
                            filtered?: number;
                            filtered_reasons?: string[];
                            /** @description The Imagen model Google no longer has, when Gemini made the images in its place */
                            instead_of?: string;
                            /** @description Present (true) when Gemini made the images: it marks every image with SynthID */
                            synthid_watermark?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleGeminiGenerateImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_urls": [
                 *         "asset://asset_sample_image",
                 *         "asset://asset_sample_image"
                 *       ],
                 *       "prompt": "A beautiful sunset over mountains"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description Text description of the desired image. To generate multiple images, specify in the prompt.
                     * @example A beautiful sunset over mountains
                     * @example Combine these images into an artistic collage
                     */
                    prompt: string;
                    /**
                     * Image Urls
                     * @description Optional array of input image URLs to use as reference/composition elements
                     * @example [
                     *       "asset://asset_sample_image",
                     *       "asset://asset_sample_image"
                     *     ]
                     */
                    image_urls?: string[] | null;
                    /**
                     * @description Safety filtering method
                     * @example PROBABILITY
                     * @example SEVERITY
                     */
                    safety_method?: components["schemas"]["HarmBlockMethod"] | null;
                    /**
                     * @description Safety category to filter
                     * @example HARM_CATEGORY_UNSPECIFIED
                     * @example HARM_CATEGORY_HATE_SPEECH
                     * @example HARM_CATEGORY_DANGEROUS_CONTENT
                     * @example HARM_CATEGORY_HARASSMENT
                     * @example HARM_CATEGORY_SEXUALLY_EXPLICIT
                     * @example HARM_CATEGORY_CIVIC_INTEGRITY
                     */
                    safety_category?: components["schemas"]["HarmCategory"] | null;
                    /**
                     * @description Safety threshold level
                     * @example BLOCK_LOW_AND_ABOVE
                     * @example BLOCK_MEDIUM_AND_ABOVE
                     * @example BLOCK_ONLY_HIGH
                     * @example BLOCK_NONE
                     */
                    safety_threshold?: components["schemas"]["HarmBlockThreshold"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Gemini's images and text, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            model?: string;
                            /** @description What the model wrote beside the images */
                            text?: string | null;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleGeminiGenerateImageSequence: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "Tell a short story about a magical forest with images illustrating key scenes"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description Text prompt for interleaved text and image generation
                     * @example Tell a short story about a magical forest with images illustrating key scenes
                     * @example Explain how to bake a chocolate cake with step-by-step images showing the process
                     */
                    prompt: string;
                    /**
                     * @description Safety filtering method
                     * @example PROBABILITY
                     * @example SEVERITY
                     */
                    safety_method?: components["schemas"]["HarmBlockMethod"] | null;
                    /**
                     * @description Safety category to filter
                     * @example HARM_CATEGORY_UNSPECIFIED
                     * @example HARM_CATEGORY_HATE_SPEECH
                     * @example HARM_CATEGORY_DANGEROUS_CONTENT
                     * @example HARM_CATEGORY_HARASSMENT
                     * @example HARM_CATEGORY_SEXUALLY_EXPLICIT
                     * @example HARM_CATEGORY_CIVIC_INTEGRITY
                     */
                    safety_category?: components["schemas"]["HarmCategory"] | null;
                    /**
                     * @description Safety threshold level
                     * @example BLOCK_LOW_AND_ABOVE
                     * @example BLOCK_MEDIUM_AND_ABOVE
                     * @example BLOCK_ONLY_HIGH
                     * @example BLOCK_NONE
                     */
                    safety_threshold?: components["schemas"]["HarmBlockThreshold"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Gemini's illustrated sequence, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            model?: string;
                            /** @description The story: text and images in the order the model gave them */
                            sequence?: ({
                                /** @constant */
                                type: "text";
                                text: string;
                            } | {
                                /** @constant */
                                type: "image";
                                /**
                                 * Format: uri
                                 * @description The image
                                 */
                                image_url: string;
                            })[];
                            /** @description The images */
                            image_urls?: string[];
                            text?: string | null;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleImagenInpainting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "operation_type": "insert",
                 *       "image_url": "asset://asset_sample_image",
                 *       "mask_mode": "MASK_MODE_BACKGROUND",
                 *       "prompt": "Add a red balloon to the sky"
                 *     }
                 */
                "application/json": {
                    /**
                     * Operation Type
                     * @description Type of inpainting operation
                     * @example insert
                     * @example remove
                     * @enum {string}
                     */
                    operation_type: "insert" | "remove";
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the base image
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * Prompt
                     * @description Text prompt for insert operations
                     * @example Add a tree to the left side
                     */
                    prompt?: string | null;
                    /**
                     * @description Masking mode for insert operations
                     * @example MASK_MODE_FOREGROUND
                     * @example MASK_MODE_BACKGROUND
                     * @example MASK_MODE_SEMANTIC
                     * @example MASK_MODE_USER_PROVIDED
                     */
                    mask_mode?: components["schemas"]["MaskReferenceMode"] | null;
                    /**
                     * Mask Dilation
                     * @description Mask dilation amount
                     * @default 0.1
                     */
                    mask_dilation?: number | null;
                    /**
                     * @description Removal mode for remove operations
                     * @default prompt
                     * @example semantic
                     * @example prompt
                     */
                    removal_mode?: components["schemas"]["RemovalMode"] | null;
                    /**
                     * Segmentation Classes
                     * @description Segmentation class IDs for semantic operations
                     * @example [
                     *       1,
                     *       2,
                     *       3
                     *     ]
                     */
                    segmentation_classes?: number[] | null;
                    /**
                     * @description Content safety filtering level
                     * @default BLOCK_MEDIUM_AND_ABOVE
                     */
                    safety_filter_level?: components["schemas"]["SafetyFilterLevel"];
                    /**
                     * @description Person generation policy
                     * @default ALLOW_ALL
                     */
                    person_generation?: components["schemas"]["ImagenPersonGeneration"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Imagen's images, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of) */
                            model?: string;
                            /** @description Images the safety filter withheld */
                            filtered?: number;
                            filtered_reasons?: string[];
                            /** @description The Imagen model Google no longer has, when Gemini made the images in its place */
                            instead_of?: string;
                            /** @description Present (true) when Gemini made the images: it marks every image with SynthID */
                            synthid_watermark?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleImagenExpandImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "prompt": "beautiful mountain landscape"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the source image
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * Prompt
                     * @description Description of content to add around edges
                     * @example beautiful mountain landscape
                     * @example dramatic cloudy sky
                     */
                    prompt: string;
                    /**
                     * Target Width
                     * @description Target width for expanded image
                     * @default 2500
                     */
                    target_width?: number;
                    /**
                     * Target Height
                     * @description Target height for expanded image
                     * @default 2500
                     */
                    target_height?: number;
                    /**
                     * Number Of Images
                     * @description Number of expanded variations
                     * @default 1
                     */
                    number_of_images?: number;
                    /**
                     * Mask Dilation
                     * @description Mask dilation for smoother blending
                     * @default 0.03
                     */
                    mask_dilation?: number;
                    /**
                     * @description Image positioning for automatic mode
                     * @example center_horizontal
                     * @example center_vertical
                     */
                    position?: components["schemas"]["ManualPlacement"] | null;
                    /**
                     * Padding Left
                     * @description Percentage of left padding to add
                     * @example 0.1
                     * @example 0.3
                     */
                    padding_left?: number | null;
                    /**
                     * Padding Right
                     * @description Percentage of right padding to add
                     * @example 0.1
                     * @example 0.3
                     */
                    padding_right?: number | null;
                    /**
                     * Padding Top
                     * @description Percentage of top padding to add
                     * @example 0.3
                     * @example 0.1
                     */
                    padding_top?: number | null;
                    /**
                     * Padding Bottom
                     * @description Percentage of bottom padding to add
                     * @example 0.1
                     * @example 0.3
                     */
                    padding_bottom?: number | null;
                    /**
                     * @description Content safety filtering level
                     * @default BLOCK_MEDIUM_AND_ABOVE
                     */
                    safety_filter_level?: components["schemas"]["SafetyFilterLevel"];
                    /**
                     * @description Person generation policy
                     * @default ALLOW_ALL
                     */
                    person_generation?: components["schemas"]["ImagenPersonGeneration"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Imagen's images, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of) */
                            model?: string;
                            /** @description Images the safety filter withheld */
                            filtered?: number;
                            filtered_reasons?: string[];
                            /** @description The Imagen model Google no longer has, when Gemini made the images in its place */
                            instead_of?: string;
                            /** @description Present (true) when Gemini made the images: it marks every image with SynthID */
                            synthid_watermark?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleImagenGenerateBackground: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "prompt": "Beautiful sunset over icy mountains"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the source image
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * Prompt
                     * @description Description of the desired background
                     * @example Beautiful sunset over icy mountains
                     * @example Dramatic cloudy sky over beach
                     */
                    prompt: string;
                    /**
                     * Number Of Images
                     * @description Number of background variations
                     * @default 1
                     */
                    number_of_images?: number;
                    /**
                     * Seed
                     * @description Random seed for reproducible results (auto-generated if not provided)
                     */
                    seed?: number | null;
                    /**
                     * @description Content safety filtering level
                     * @default BLOCK_MEDIUM_AND_ABOVE
                     */
                    safety_filter_level?: components["schemas"]["SafetyFilterLevel"];
                    /**
                     * @description Person generation policy
                     * @default ALLOW_ALL
                     */
                    person_generation?: components["schemas"]["ImagenPersonGeneration"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Imagen's images, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of) */
                            model?: string;
                            /** @description Images the safety filter withheld */
                            filtered?: number;
                            filtered_reasons?: string[];
                            /** @description The Imagen model Google no longer has, when Gemini made the images in its place */
                            instead_of?: string;
                            /** @description Present (true) when Gemini made the images: it marks every image with SynthID */
                            synthid_watermark?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleGeminiEditImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "edit_prompt": "Add a rainbow to the sky"
                 *     }
                 */
                "application/json": {
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the source image to edit
                     * @example asset://asset_sample_image
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * Edit Prompt
                     * @description Text description of desired edits (for single edit)
                     * @example Add sunglasses and change the background to a beach scene
                     * @example Convert to black and white and add vintage film grain effect
                     */
                    edit_prompt?: string | null;
                    /**
                     * Edit Steps
                     * @description Comma-separated list of edit prompts to apply sequentially (for multi-turn editing)
                     * @example Add dramatic clouds to the sky, Increase saturation, Add a rainbow
                     */
                    edit_steps?: string | null;
                    /**
                     * @description Safety filtering method
                     * @example PROBABILITY
                     * @example SEVERITY
                     */
                    safety_method?: components["schemas"]["HarmBlockMethod"] | null;
                    /**
                     * @description Safety category to filter
                     * @example HARM_CATEGORY_UNSPECIFIED
                     * @example HARM_CATEGORY_HATE_SPEECH
                     * @example HARM_CATEGORY_DANGEROUS_CONTENT
                     * @example HARM_CATEGORY_HARASSMENT
                     * @example HARM_CATEGORY_SEXUALLY_EXPLICIT
                     * @example HARM_CATEGORY_CIVIC_INTEGRITY
                     */
                    safety_category?: components["schemas"]["HarmCategory"] | null;
                    /**
                     * @description Safety threshold level
                     * @example BLOCK_LOW_AND_ABOVE
                     * @example BLOCK_MEDIUM_AND_ABOVE
                     * @example BLOCK_ONLY_HIGH
                     * @example BLOCK_NONE
                     */
                    safety_threshold?: components["schemas"]["HarmBlockThreshold"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Gemini's edited image(s), once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            model?: string;
                            /** @description The images (of every step, with edit_steps) */
                            image_urls?: string[];
                            text?: string | null;
                            /** @description With edit_steps: each edit in turn */
                            steps?: {
                                step: number;
                                prompt: string;
                                /** @description This step's images */
                                image_urls: string[];
                                text: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    googleVeoGenerateVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "start_image_url": "asset://asset_sample_image",
                 *       "prompt": "A cinematic timelapse of a city skyline at dusk"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Model to use for video generation
                     * @default veo-2.0-generate-001
                     */
                    model?: components["schemas"]["VeoModel"];
                    /**
                     * Prompt
                     * @description Text description of the desired video
                     * @example A cinematic timelapse of a city skyline at dusk
                     * @example A serene ocean wave crashing in slow motion
                     */
                    prompt: string;
                    /**
                     * Aspect Ratio
                     * @description Video aspect ratio
                     * @default 16:9
                     * @enum {string}
                     */
                    aspect_ratio?: "9:16" | "16:9";
                    /**
                     * @description Video duration in seconds
                     * @default 5
                     */
                    duration?: components["schemas"]["VeoDuration"];
                    /**
                     * Start Image Url
                     * @description URL of starting image for video
                     * @example asset://asset_sample_image
                     * @example gs://bucket/path/to/starting_image.png
                     */
                    start_image_url?: string | null;
                    /**
                     * @description People generation controls
                     * @default allow
                     */
                    person_generation?: components["schemas"]["VeoPersonGeneration"] | null;
                    /**
                     * Enhance Prompt
                     * @description Whether to enhance the input prompt
                     * @default false
                     */
                    enhance_prompt?: boolean | null;
                    /**
                     * Negative Prompt
                     * @description Text description of what to avoid in the video
                     * @example No text overlays
                     * @example Avoid fast cuts and shaky camera
                     */
                    negative_prompt?: string | null;
                    /**
                     * Seed
                     * @description Seed for video generation
                     */
                    seed?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Veo's videos, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The videos */
                            video_urls?: string[];
                            model?: string;
                            duration_seconds?: number | null;
                            aspect_ratio?: string | null;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    openaiGptGenerateImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "beautiful flowers in the garden"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description Text description of the desired image
                     * @example beautiful flowers in the garden
                     * @example A futuristic city skyline at night
                     */
                    prompt: string;
                    /**
                     * Number Of Images
                     * @description Number of images to generate
                     * @default 1
                     */
                    number_of_images?: number;
                    /**
                     * Aspect Ratio
                     * @description Desired aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2";
                    /**
                     * @description Image quality setting
                     * @default auto
                     * @example medium
                     * @example high
                     */
                    quality?: components["schemas"]["GPTImageQuality"];
                    /**
                     * @description Background handling
                     * @default auto
                     * @example transparent
                     * @example auto
                     */
                    background?: components["schemas"]["GPTImageBackground"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description GPT Image's images and the settings it used, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The GPT image model that made them */
                            model?: string;
                            size?: string;
                            quality?: string;
                            background?: string;
                            output_format?: string;
                            revised_prompts?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    openaiGptGenerateEdit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "prompt": "Add warm sunset tones and enhance contrast"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description Text description for the image edit
                     * @example Add warm sunset tones and enhance contrast
                     */
                    prompt: string;
                    /**
                     * Image Url
                     * Format: uri
                     * @description URL of the image to be edited
                     * @example asset://asset_sample_image
                     */
                    image_url: string;
                    /**
                     * Number Of Images
                     * @description Number of edited images to generate
                     * @default 1
                     */
                    number_of_images?: number;
                    /**
                     * Aspect Ratio
                     * @description Desired aspect ratio
                     * @default 1:1
                     * @enum {string}
                     */
                    aspect_ratio?: "1:1" | "2:3" | "3:2";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description GPT Image's images and the settings it used, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The GPT image model that made them */
                            model?: string;
                            size?: string;
                            quality?: string;
                            background?: string;
                            output_format?: string;
                            revised_prompts?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    openaiGptImageInpainting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "mask_url": "asset://asset_sample_mask",
                 *       "prompt": "beautiful flowers in the garden"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt
                     * @description Text description of the desired edit
                     * @example beautiful flowers in the garden
                     * @example expand with forest environment
                     */
                    prompt: string;
                    /**
                     * Image Url
                     * @description URL of input image
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Image File
                     * @description Base64 encoded input image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...
                     */
                    image_file?: string | null;
                    /**
                     * Mask Url
                     * @description URL of mask image
                     * @example asset://asset_sample_mask
                     */
                    mask_url?: string | null;
                    /**
                     * Mask File
                     * @description Base64 encoded mask image
                     * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...
                     */
                    mask_file?: string | null;
                    /**
                     * Inpaint Border Only
                     * @description Whether to inpaint only border areas
                     * @default false
                     */
                    inpaint_border_only?: boolean;
                    /**
                     * Border Percentage
                     * @description Percentage of border to inpaint when using border-only mode
                     * @default 0.05
                     * @example 0.05
                     * @example 0.2
                     * @example 0.3
                     */
                    border_percentage?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description GPT Image's images and the settings it used, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The images */
                            image_urls?: string[];
                            /** @description The GPT image model that made them */
                            model?: string;
                            size?: string;
                            quality?: string;
                            background?: string;
                            output_format?: string;
                            revised_prompts?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    fireflyGenerateImagesAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "x_model_version": "image4_standard",
                 *       "prompt": "a lighthouse at dusk"
                 *     }
                 */
                "application/json": {
                    x_model_version: components["schemas"]["CustomModel"];
                    /** Prompt */
                    prompt: string;
                    /** @default photo */
                    content_class?: components["schemas"]["ContentClass"];
                    /** Custom Model Id */
                    custom_model_id?: string | null;
                    /** Negative Prompt */
                    negative_prompt?: string | null;
                    /** Prompt Biasing Locale Code */
                    prompt_biasing_locale_code?: string | null;
                    /** Seeds */
                    seeds?: number[] | null;
                    /**
                     * @default {
                     *       "height": 2048,
                     *       "width": 2048
                     *     }
                     */
                    size?: components["schemas"]["SizeImagesAsyncModel"];
                    structure?: components["schemas"]["StructureModel"] | null;
                    style?: components["schemas"]["StyleModel"] | null;
                    /** Visual Intensity */
                    visual_intensity?: number | null;
                    /**
                     * Upsampler Type
                     * @default default
                     */
                    upsampler_type?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Firefly's result, as its async API gives it, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: (components["schemas"]["OutputItem"] & {
                                seed: number | null;
                                image: {
                                    /**
                                     * Format: uri
                                     * @description The image
                                     */
                                    url: string;
                                };
                            })[];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            size?: {
                                width: number;
                                height: number;
                            };
                            contentClass?: string;
                            promptHasDeniedWords?: boolean;
                            promptHasBlockedArtists?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    fireflyGenerateSimilarImagesAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "x_model_version": "image4_standard",
                 *       "image": {
                 *         "source": {
                 *           "upload_id": "asset_sample_image"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    x_model_version: components["schemas"]["CustomModel"];
                    image: components["schemas"]["ImageReferenceModel"];
                    /** Seeds */
                    seeds?: number[] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Firefly's result, as its async API gives it, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: (components["schemas"]["OutputItem"] & {
                                seed: number | null;
                                image: {
                                    /**
                                     * Format: uri
                                     * @description The image
                                     */
                                    url: string;
                                };
                            })[];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            size?: {
                                width: number;
                                height: number;
                            };
                            contentClass?: string;
                            promptHasDeniedWords?: boolean;
                            promptHasBlockedArtists?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    fireflyGenerateObjectCompositeAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "a product on a marble table",
                 *       "image": {
                 *         "source": {
                 *           "upload_id": "asset_sample_image"
                 *         }
                 *       },
                 *       "mask": {
                 *         "source": {
                 *           "upload_id": "asset_sample_mask"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /** Prompt */
                    prompt: string;
                    image: components["schemas"]["ImageReferenceModel"];
                    mask: components["schemas"]["ImageReferenceModel"];
                    /** @default photo */
                    content_class?: components["schemas"]["ContentClass"];
                    /**
                     * @default {
                     *       "alignment": {
                     *         "horizontal": "center",
                     *         "vertical": "center"
                     *       },
                     *       "insert": {
                     *         "bottom": 0,
                     *         "center": 0,
                     *         "left": 0,
                     *         "right": 0,
                     *         "top": 0
                     *       }
                     *     }
                     */
                    placement?: components["schemas"]["PlacementModel"];
                    /** Seeds */
                    seeds?: number[] | null;
                    /**
                     * @default {
                     *       "height": 2048,
                     *       "width": 2048
                     *     }
                     */
                    size?: components["schemas"]["SizeImagesAsyncModel"];
                    style?: components["schemas"]["StyleModel"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Firefly's result, as its async API gives it, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: (components["schemas"]["OutputItem"] & {
                                seed: number | null;
                                image: {
                                    /**
                                     * Format: uri
                                     * @description The image
                                     */
                                    url: string;
                                };
                            })[];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            size?: {
                                width: number;
                                height: number;
                            };
                            contentClass?: string;
                            promptHasDeniedWords?: boolean;
                            promptHasBlockedArtists?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    fireflyExpandImageAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": {
                 *         "source": {
                 *           "upload_id": "asset_sample_image"
                 *         }
                 *       },
                 *       "mask": {
                 *         "source": {
                 *           "upload_id": "asset_sample_mask"
                 *         }
                 *       },
                 *       "prompt": "a calm sea under a clear sky"
                 *     }
                 */
                "application/json": {
                    image: components["schemas"]["ImageReferenceModel"];
                    mask: components["schemas"]["MaskModel"];
                    /**
                     * @default {
                     *       "alignment": {
                     *         "horizontal": "center",
                     *         "vertical": "center"
                     *       },
                     *       "insert": {
                     *         "bottom": 0,
                     *         "center": 0,
                     *         "left": 0,
                     *         "right": 0,
                     *         "top": 0
                     *       }
                     *     }
                     */
                    placement?: components["schemas"]["PlacementModel"];
                    /** Prompt */
                    prompt?: string | null;
                    /** Seeds */
                    seeds?: number[] | null;
                    /**
                     * @default {
                     *       "height": 2048,
                     *       "width": 2048
                     *     }
                     */
                    size?: components["schemas"]["SizeImagesAsyncModel"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Firefly's result, as its async API gives it, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: (components["schemas"]["OutputItem"] & {
                                seed: number | null;
                                image: {
                                    /**
                                     * Format: uri
                                     * @description The image
                                     */
                                    url: string;
                                };
                            })[];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            size?: {
                                width: number;
                                height: number;
                            };
                            contentClass?: string;
                            promptHasDeniedWords?: boolean;
                            promptHasBlockedArtists?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    fireflyFillImageAsync: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image": {
                 *         "source": {
                 *           "upload_id": "asset_sample_image"
                 *         }
                 *       },
                 *       "mask": {
                 *         "source": {
                 *           "upload_id": "asset_sample_mask"
                 *         }
                 *       },
                 *       "prompt": "a red balloon"
                 *     }
                 */
                "application/json": {
                    image: components["schemas"]["ImageReferenceModel"];
                    mask: components["schemas"]["MaskModel"];
                    /** Negative Prompt */
                    negative_prompt?: string | null;
                    /** Prompt */
                    prompt?: string | null;
                    /** Prompt Biasing Locale Code */
                    prompt_biasing_locale_code?: string | null;
                    /** Seeds */
                    seeds?: number[] | null;
                    /**
                     * @default {
                     *       "height": 2048,
                     *       "width": 2048
                     *     }
                     */
                    size?: components["schemas"]["SizeImagesAsyncModel"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Firefly's result, as its async API gives it, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: (components["schemas"]["OutputItem"] & {
                                seed: number | null;
                                image: {
                                    /**
                                     * Format: uri
                                     * @description The image
                                     */
                                    url: string;
                                };
                            })[];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            size?: {
                                width: number;
                                height: number;
                            };
                            contentClass?: string;
                            promptHasDeniedWords?: boolean;
                            promptHasBlockedArtists?: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    fireflyGetResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: {
                            /** @description The job id (the gateway's) */
                            jobId: string;
                            /** @description The same as jobId */
                            task_id: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "canceled";
                            progress: number | null;
                            /** @description Firefly's result once succeeded (`outputs: [{seed, image: {url}}]`, links to the gateway's copies) */
                            result: unknown;
                            error: {
                                code: string;
                                message: string;
                                upstream_status?: number;
                            } | null;
                            outputs: components["schemas"]["OutputItem"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    fireflyCancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: {
                            /** @description The job id (the gateway's) */
                            jobId: string;
                            /** @description The same as jobId */
                            task_id: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed" | "canceled";
                            progress: number | null;
                            /** @description Firefly's result once succeeded (`outputs: [{seed, image: {url}}]`, links to the gateway's copies) */
                            result: unknown;
                            error: {
                                code: string;
                                message: string;
                                upstream_status?: number;
                            } | null;
                            outputs: components["schemas"]["OutputItem"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    fireflyUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * File
                     * Format: binary
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayGenerateImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reference_images_url": [
                 *         {
                 *           "tag": "sea",
                 *           "uri": "asset://asset_sample_image"
                 *         }
                 *       ],
                 *       "prompt": "A beautiful sea view"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt To Generate Image
                     * @description A non-empty string up to 1000 characters describing what should appear in the output.
                     * @example A beautiful sea view
                     */
                    prompt: string;
                    /**
                     * Aspect ratio
                     * @description The resolution of the output image.
                     * @default 1920:1080
                     */
                    aspect_ratio?: components["schemas"]["ImageAspectRatio"];
                    /**
                     * Model Variant
                     * @description The model variant to use for image generation.
                     * @default gen4_image
                     * @enum {string}
                     */
                    model?: "gen4_image" | "gen4_image_turbo";
                    /**
                     * Reference Images
                     * @description An array of up to three images to be used as references for the generated image output.
                     * @example [
                     *       {
                     *         "tag": "sea",
                     *         "uri": "asset://asset_sample_image"
                     *       }
                     *     ]
                     */
                    reference_images_url?: components["schemas"]["ReferenceImage"][] | null;
                    /**
                     * Seed
                     * @description If unspecified, a random number is chosen. Varying the seed integer is a way to get different results for the same other request parameters.
                     */
                    seed?: number | null;
                    /** @description Settings that affect the behavior of the content moderation system. */
                    content_moderation?: components["schemas"]["ContentModeration"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayFetchTaskDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: {
                            /** @description The task id (the gateway's job id) */
                            id: string;
                            /** @description The same as id */
                            task_id: string;
                            /** @enum {string} */
                            status: "PENDING" | "THROTTLED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
                            /** Format: date-time */
                            createdAt: string;
                            progress: number | null;
                            output: string[] | null;
                            failure: string | null;
                            failureCode: string | null;
                            outputs: components["schemas"]["OutputItem"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    runwayDeleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: {
                            /** @description The task id (the gateway's job id) */
                            id: string;
                            /** @description The same as id */
                            task_id: string;
                            /** @enum {string} */
                            status: "PENDING" | "THROTTLED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
                            /** Format: date-time */
                            createdAt: string;
                            progress: number | null;
                            output: string[] | null;
                            failure: string | null;
                            failureCode: string | null;
                            outputs: components["schemas"]["OutputItem"][];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    runwayGenerateVideoFromText: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "Cinematic short video of a sleek black sports car driving smoothly on a snowy mountain road. The car kicks up snow powder as it speeds along the icy suface."
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt To Generate Video
                     * @description A non-empty string up to 1000 characters describing what should appear in the output.
                     * @example Cinematic short video of a sleek black sports car driving smoothly on a snowy mountain road. The car kicks up snow powder as it speeds along the icy suface.
                     */
                    prompt: string;
                    /**
                     * Model Variant
                     * @description The model variant to use. Currently only veo3 is supported for text-to-video.
                     * @default veo3
                     * @constant
                     */
                    model?: "veo3";
                    /**
                     * Aspect ratio
                     * @description A string representing the aspect ratio of the output video.
                     * @default 1280:720
                     * @enum {string}
                     */
                    aspect_ratio?: "1280:720" | "720:1280";
                    /**
                     * Duration
                     * @description Veo 3 videos must be 8 seconds long.
                     * @default 8
                     * @constant
                     */
                    duration?: 8;
                    /**
                     * Seed
                     * @description If unspecified, a random number is chosen. Varying the seed integer is a way to get different results.
                     */
                    seed?: number | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayGenerateVideoFromImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "image_url": "asset://asset_sample_image",
                 *       "prompt": "a man walking on the beach"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt To Generate Video
                     * @description A non-empty string up to 1000 characters describing what should appear in the output.
                     * @example a man walking on the beach
                     */
                    prompt: string;
                    /**
                     * Prompt Image
                     * @description HTTPS URL or data URI containing an encoded image to be used as the first frame of the generated video.
                     * @example asset://asset_sample_image
                     */
                    image_url?: string | null;
                    /**
                     * Aspect ratio
                     * @description The resolution of the output video.
                     * @default 1280:720
                     */
                    aspect_ratio?: components["schemas"]["VideoAspectRatio"];
                    /**
                     * Duration of Video
                     * @description The number of seconds of duration for the output video.
                     * @default 10
                     * @example 5
                     * @example 10
                     * @enum {integer}
                     */
                    duration?: 5 | 10;
                    /**
                     * Model Variant
                     * @description The model variant to use for video generation.
                     * @default gen4_turbo
                     * @enum {string}
                     */
                    model?: "gen4_turbo" | "gen3a_turbo" | "veo3";
                    /**
                     * Seed
                     * @description If unspecified, a random number is chosen. Varying the seed integer is a way to get different results.
                     */
                    seed?: number | null;
                    /** @description Settings that affect the behavior of the content moderation system. Only allowed for gen4_turbo and gen3a_turbo models. */
                    content_moderation?: components["schemas"]["ContentModeration"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayGenerateVideoFromMotion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "character": {
                 *         "type": "image",
                 *         "uri": "asset://asset_sample_image"
                 *       },
                 *       "reference_url": "asset://asset_sample_video"
                 *     }
                 */
                "application/json": {
                    /**
                     * Character
                     * @description The character to control. You can either provide a video or an image.
                     */
                    character: components["schemas"]["CharacterInput"];
                    /**
                     * Reference Video URL
                     * Format: uri
                     * @description HTTPS URL pointing to a video of a person performing in the manner that you would like your character to perform. The video must be between 3 and 30 seconds in duration.
                     * @example asset://asset_sample_video
                     */
                    reference_url: string;
                    /**
                     * Aspect ratio
                     * @description The resolution of the output video.
                     * @default 1280:720
                     */
                    aspect_ratio?: components["schemas"]["VideoAspectRatio"];
                    /**
                     * Body Control
                     * @description A boolean indicating whether to enable body control. When enabled, non-facial movements and gestures will be applied to the character in addition to facial expressions.
                     * @default true
                     */
                    body_control?: boolean;
                    /**
                     * Expression Intensity
                     * @description An integer between 1 and 5 (inclusive). A larger value increases the intensity of the character's expression.
                     * @default 3
                     */
                    expression_intensity?: number;
                    /**
                     * Seed
                     * @description If unspecified, a random number is chosen. Varying the seed integer is a way to get different results.
                     */
                    seed?: number | null;
                    /** @description Settings that affect the behavior of the content moderation system. */
                    content_moderation?: components["schemas"]["ContentModeration"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayGenerateVideoFromVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "The sun sets slowly",
                 *       "video_uri": "asset://asset_sample_video",
                 *       "reference_image_url": "asset://asset_sample_image"
                 *     }
                 */
                "application/json": {
                    /**
                     * Prompt To Generate Video
                     * @description A non-empty string up to 1000 characters describing what should appear in the output.
                     * @example Children playing in the train
                     */
                    prompt: string;
                    /**
                     * Video URI
                     * Format: uri
                     * @description HTTPS URL pointing to a video or a data URI containing a video.
                     */
                    video_uri: string;
                    /**
                     * Reference Image URL
                     * Format: uri
                     * @description HTTPS URL pointing to an image to use as style reference.
                     */
                    reference_image_url: string;
                    /**
                     * Aspect ratio
                     * @description The resolution of the output video.
                     * @default 1280:720
                     */
                    aspect_ratio?: components["schemas"]["VideoAspectRatio"];
                    /**
                     * Seed
                     * @description If unspecified, a random number is chosen. Varying the seed integer is a way to get different results.
                     */
                    seed?: number | null;
                    /** @description Settings that affect the behavior of the content moderation system. */
                    content_moderation?: components["schemas"]["ContentModeration"] | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayUpscaleVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "video_url": "asset://asset_sample_video"
                 *     }
                 */
                "application/json": {
                    /**
                     * Video URL
                     * Format: uri
                     * @description HTTPS URL pointing to a video or a data URI containing a video. The video must be less than 4096px on each side and duration may not exceed 40 seconds.
                     */
                    video_url: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    runwayTextToSpeech: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
                /** @description Where to POST the job (Standard Webhooks signed, see GET /api/v1/webhooks/secret) when it ends. */
                "X-Webhook-Url"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prompt": "The quick brown fox jumps over the lazy dog.",
                 *       "voice": {
                 *         "type": "runway-preset",
                 *         "preset_id": "Maya"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * Text to Convert
                     * @description A non-empty string up to 1000 characters to convert to speech.
                     * @example The quick brown fox jumps over the lazy dog
                     */
                    prompt: string;
                    /**
                     * Voice Configuration
                     * @description The voice to use for the generated speech.
                     */
                    voice: components["schemas"]["RunwayVoice"];
                    /**
                     * Model
                     * @description The model variant to use. Currently only eleven_multilingual_v2 is supported.
                     * @default eleven_multilingual_v2
                     * @constant
                     */
                    model?: "eleven_multilingual_v2";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        /** @description Runway's task output, once the job succeeded, beside the job's id and outputs. */
                        result: {
                            /** @description The job: follow it at GET /api/v1/jobs/{task_id} (or the provider's status route) */
                            task_id: string;
                            /** @description The outputs kept by the gateway; empty until the job succeeds */
                            outputs: components["schemas"]["OutputItem"][];
                            /**
                             * @description Only while the job is not finished
                             * @enum {string}
                             */
                            status?: "queued" | "running";
                            /**
                             * Format: uri
                             * @description Only while the job is not finished
                             */
                            status_url?: string;
                            /** @description The outputs, in order */
                            output?: string[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight; or the job was canceled while the caller waited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract (a list of errors), or the provider refused the input (moderation, an unusable image) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"] | components["schemas"]["ProviderError"];
                };
            };
            /** @description Rate limit of this key or of the provider, or too many jobs in progress for this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider failed, or refused the gateway's credentials */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
            /** @description The provider is not configured, or the gateway paused calls to it (circuit open) */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The provider gave no result in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderError"];
                };
            };
        };
    };
    healthCheck: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "success";
                        result: Record<string, never> | unknown[] | string | number | boolean | null;
                    };
                };
            };
            /** @description Rate limit of this client address */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                provider?: "bria" | "bria-lora" | "google" | "openai" | "firefly" | "runway" | "llm";
                state?: "queued" | "running" | "succeeded" | "failed" | "canceled" | "expired";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        result: {
                            jobs: components["schemas"]["Job"][];
                            next_cursor: string | null;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        result: components["schemas"]["Job"];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        result: components["schemas"]["Job"];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    watchJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    getWebhookSigningSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        result: {
                            secret: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    uploadAsset: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file (an image, a video or an audio file)
                     */
                    file: string;
                };
                "image/*": string;
                "video/*": string;
                "audio/*": string;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        result: {
                            /** @description Use it in any media field of any operation (also as `asset://<id>`) */
                            asset_id: string;
                            /**
                             * Format: uri
                             * @description Signed gateway link, usable without a key until it expires (and in media fields by this key)
                             */
                            url: string;
                            /** @description Sniffed from the bytes */
                            content_type: string;
                            size_bytes: number;
                            width: number | null;
                            height: number | null;
                            duration_seconds: number | null;
                            /** Format: date-time */
                            created_at: string;
                            expires_at: string | null;
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    getAsset: {
        parameters: {
            query?: {
                exp?: string;
                sig?: string;
            };
            header?: never;
            path: {
                asset_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Missing or invalid API key, or an invalid or expired signed link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    getUsage: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                group_by?: "provider" | "model" | "operation" | "key" | "day";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "success";
                        result: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @enum {string} */
                            group_by: "provider" | "model" | "operation" | "key" | "day";
                            /**
                             * @description `all` for operator keys: every key's usage
                             * @enum {string}
                             */
                            scope: "own" | "all";
                            total_cost_usd: number;
                            /** @description The calling key's budget (`vision-studio keys create --budget-usd`) and where it stands now, whatever the range asked for; null: no budget */
                            budget: {
                                /** @description Estimated spend the key may reach per period */
                                limit_usd: number;
                                /**
                                 * @description UTC day or UTC month
                                 * @enum {string}
                                 */
                                period: "day" | "month";
                                /** @description Measured cost of the jobs that ended in the current period */
                                spent_usd: number;
                                /** @description Estimated cost held by the key's unfinished jobs */
                                held_usd: number;
                                /**
                                 * Format: date-time
                                 * @description Start of the current period
                                 */
                                period_start: string;
                                /**
                                 * Format: date-time
                                 * @description Start of the next period, when spending starts again from zero
                                 */
                                resets_at: string;
                            } | null;
                            rows: ({
                                /** @description Jobs that ended in the range */
                                jobs: number;
                                /** @description Estimated from the gateway's price table (pricing/prices.json) */
                                cost_usd: number;
                                /** @description Job units whose cost is unknown (no public price, or an unknown quantity): not in cost_usd */
                                unpriced_items: number;
                                /** @description Units in each provider's own billing unit (image, video_second, character, request, input_text_token, input_image_token, output_image_token); null when the gateway cannot tell (e.g. the length of an input video). */
                                units: {
                                    [key: string]: number | null;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        object: "list";
                        data: {
                            id: string;
                            /** @constant */
                            object: "model";
                            created: number;
                            /** @description The provider, or `vision-studio` for an alias */
                            owned_by: string;
                            capabilities: ("images.generations" | "images.edits" | "videos" | "audio.speech")[];
                            /** @description An alias's targets, tried in this order (or by weight) */
                            targets?: string[];
                        }[];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    retrieveModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @constant */
                        object: "model";
                        created: number;
                        /** @description The provider, or `vision-studio` for an alias */
                        owned_by: string;
                        capabilities: ("images.generations" | "images.edits" | "videos" | "audio.speech")[];
                        /** @description An alias's targets, tried in this order (or by weight) */
                        targets?: string[];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    createImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "openai/gpt-image-2",
                 *       "prompt": "a paper boat on a pond"
                 *     }
                 */
                "application/json": {
                    prompt: string;
                    /** @default 1 */
                    n?: number;
                    /** @description `auto` or WIDTHxHEIGHT: the nearest size or aspect ratio the model offers; `openai/gpt-image-2` and the 2.5 models make the size asked (multiples of 16, 1:3 to 3:1, up to 3840x2160) */
                    size?: string;
                    /**
                     * @default b64_json
                     * @enum {string}
                     */
                    response_format?: "url" | "b64_json";
                    /** @description true: the images as server-sent events (`text/event-stream`), one `image_generation.completed` (edits: `image_edit.completed`) event per image, with `b64_json` */
                    stream?: boolean | null;
                    /** @description Accepted for OpenAI's clients; no partial image is sent (the providers answer with finished images, which OpenAI allows) */
                    partial_images?: number | null;
                    /** @description The model's quality (OpenAI's: `low`, `medium`, `high`, `auto`, and `xhigh`, `max` on the 2.5 models); others take `auto` only */
                    quality?: string;
                    /** @description `transparent`, `opaque` or `auto` (OpenAI's models); others take `auto` only */
                    background?: string;
                    /** @description `png`, `jpeg` or `webp` (OpenAI's models); other models answer their own format */
                    output_format?: string;
                    /** @description 0–100 for `jpeg` and `webp` (OpenAI's models); 100 elsewhere */
                    output_compression?: number;
                    /**
                     * @description A model id or alias serving images.generations
                     * @example openai/gpt-image-2
                     * @example openai/gpt-image-2.5-sunburst
                     * @example openai/gpt-image-2.5-flare
                     * @example openai/gpt-image-2.6-sunburst
                     * @example openai/gpt-image-2.6-flare
                     * @example google/imagen-4.0-generate-001
                     * @example google/imagen-4.0-ultra-generate-001
                     * @example google/imagen-4.0-fast-generate-001
                     * @example google/gemini-3.1-flash-image
                     * @example bria/image-base-2.3
                     * @example bria/image-base-3.2
                     * @example bria/image-fast-2.3
                     * @example bria/image-hd-2.2
                     * @example firefly/image3
                     * @example firefly/image4_standard
                     * @example firefly/image4_ultra
                     * @example runway/gen4_image
                     */
                    model: string;
                    /** @description `auto` only: moderation is the provider's own */
                    moderation?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        data: {
                            /** Format: uri */
                            url?: string;
                            b64_json?: string;
                            revised_prompt?: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    createImageEdit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    prompt: string;
                    /** @default 1 */
                    n?: number;
                    /** @description `auto` or WIDTHxHEIGHT: the nearest size or aspect ratio the model offers; `openai/gpt-image-2` and the 2.5 models make the size asked (multiples of 16, 1:3 to 3:1, up to 3840x2160) */
                    size?: string;
                    /**
                     * @default b64_json
                     * @enum {string}
                     */
                    response_format?: "url" | "b64_json";
                    /** @description true: the images as server-sent events (`text/event-stream`), one `image_generation.completed` (edits: `image_edit.completed`) event per image, with `b64_json` */
                    stream?: boolean | null;
                    /** @description Accepted for OpenAI's clients; no partial image is sent (the providers answer with finished images, which OpenAI allows) */
                    partial_images?: number | null;
                    /** @description The model's quality (OpenAI's: `low`, `medium`, `high`, `auto`, and `xhigh`, `max` on the 2.5 models); others take `auto` only */
                    quality?: string;
                    /** @description `transparent`, `opaque` or `auto` (OpenAI's models); others take `auto` only */
                    background?: string;
                    /** @description `png`, `jpeg` or `webp` (OpenAI's models); other models answer their own format */
                    output_format?: string;
                    /** @description 0–100 for `jpeg` and `webp` (OpenAI's models); 100 elsewhere */
                    output_compression?: number;
                    /**
                     * @description A model id or alias serving images.edits
                     * @example openai/gpt-image-2
                     * @example openai/gpt-image-2.5-sunburst
                     * @example openai/gpt-image-2.5-flare
                     * @example openai/gpt-image-2.6-sunburst
                     * @example openai/gpt-image-2.6-flare
                     * @example google/gemini-3.1-flash-image
                     * @example bria/gen-fill
                     * @example firefly/fill
                     * @example runway/gen4_image
                     * @example runway/gen4_image_turbo
                     */
                    model: string;
                    /** Format: binary */
                    image: string;
                    /** Format: binary */
                    mask?: string;
                    /** @description `low` (the default) or `high`, which no GPT image model OpenAI still serves takes (gpt-image-2 and later: leave it out) */
                    input_fidelity?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        data: {
                            /** Format: uri */
                            url?: string;
                            b64_json?: string;
                            revised_prompt?: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    listVideos: {
        parameters: {
            query?: {
                limit?: number;
                after?: string;
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        object: "list";
                        data: {
                            id: string;
                            /** @constant */
                            object: "video";
                            model: string;
                            /** @enum {string} */
                            status: "queued" | "in_progress" | "completed" | "failed";
                            progress: number;
                            created_at: number;
                            completed_at: number | null;
                            expires_at: number | null;
                            seconds: string | null;
                            size: string | null;
                            error: {
                                code: string;
                                message: string;
                            } | null;
                        }[];
                        has_more: boolean;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    createVideo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * @description A model id or alias serving videos
                     * @example google/veo-3.1-generate-001
                     * @example google/veo-3.1-fast-generate-001
                     * @example runway/gen4_turbo
                     * @example runway/veo3
                     */
                    model: string;
                    prompt: string;
                    seconds?: string;
                    size?: string;
                    /** Format: binary */
                    input_reference?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @constant */
                        object: "video";
                        model: string;
                        /** @enum {string} */
                        status: "queued" | "in_progress" | "completed" | "failed";
                        progress: number;
                        created_at: number;
                        completed_at: number | null;
                        expires_at: number | null;
                        seconds: string | null;
                        size: string | null;
                        error: {
                            code: string;
                            message: string;
                        } | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    retrieveVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                video_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @constant */
                        object: "video";
                        model: string;
                        /** @enum {string} */
                        status: "queued" | "in_progress" | "completed" | "failed";
                        progress: number;
                        created_at: number;
                        completed_at: number | null;
                        expires_at: number | null;
                        seconds: string | null;
                        size: string | null;
                        error: {
                            code: string;
                            message: string;
                        } | null;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    deleteVideo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                video_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @constant */
                        object: "video.deleted";
                        deleted: boolean;
                    };
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    downloadVideoContent: {
        parameters: {
            query?: {
                variant?: "video" | "thumbnail" | "spritesheet";
            };
            header?: never;
            path: {
                video_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "video/mp4": string;
                    "image/webp": string;
                    "image/jpeg": string;
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description No such resource for this key (another key's is not found either) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
    createSpeech: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retried POST safe: the first answer is kept for 24 h and replayed for the same request; the same key with a different request is 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "runway/eleven_multilingual_v2",
                 *       "input": "Hello from the sandbox.",
                 *       "voice": "Maya"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A model id or alias serving audio.speech
                     * @example runway/eleven_multilingual_v2
                     */
                    model: string;
                    input: string;
                    voice: string;
                    /** @constant */
                    response_format?: "mp3";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "audio/mpeg": string;
                };
            };
            /** @description Missing or invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The Idempotency-Key was used with another request or is still in flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The body is larger than VISION_STUDIO_BODY_LIMIT */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /** @description The request does not match the contract */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
            /** @description Rate limit of this key */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
}
